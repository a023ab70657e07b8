package dev.retort.sample.shop;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something that happened in the shop, kept for the audit trail; every kind of event shares one table
 * (SINGLE_TABLE inheritance) told apart by {@code event_type}.
 */
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "event_type", discriminatorType = DiscriminatorType.STRING, length = 30)
@Table(name = "audit_event",
        comment = "Append-only audit trail; rows are never updated or deleted",
        indexes = @Index(name = "idx_audit_event_occurred", columnList = "occurred_at"))
public abstract class AuditEvent {

    // An append-only log written one row at a time: an identity column is simplest.
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt = Instant.now();

    // No apostrophes in comments: Hibernate 7.4 pastes them into 'comment on' literals without escaping.
    @Column(name = "actor", nullable = false, length = 60, comment = "Username of whoever caused the event")
    private String actor;

    protected AuditEvent() {
    }

    protected AuditEvent(String actor) {
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }
}
