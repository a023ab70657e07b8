package dev.retort.e2e.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What normalization has to print the database's way: an enum type, a check, defaults, an extension's type. */
@Entity
@Table(name = "ticket")
@Check(constraints = "points between 0 and 100")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_ids")
    @SequenceGenerator(name = "ticket_ids", sequenceName = "ticket_ids", allocationSize = 1)
    private Long id;

    @Column(name = "title", nullable = false, length = 150)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    @ColumnDefault("'OPEN'")
    private Status status;

    @Column(name = "reporter_email", columnDefinition = "citext")
    private String reporterEmail;

    @ColumnDefault("1 + 1")
    private int points;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    @ColumnDefault("'HIGH'")
    private Priority escalation;
}
