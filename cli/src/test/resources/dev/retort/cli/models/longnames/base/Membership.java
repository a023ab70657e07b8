package dev.retort.e2e.longnames;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Names PostgreSQL cuts to 63 bytes: a table of 100 bytes, a column of 64, a column of 64 bytes of 3-byte
 * characters (cut inside one), a sequence of 72 and an index of 75.
 */
@Entity
@Table(name = "membership_tier_assignment_history_entries_kept_for_the_loyalty_programme_audit_trail_and_reports_v1",
        indexes = @Index(name = "idx_membership_tier_assignment_history_entries_by_preferred_contact_channel",
                columnList = "preferred_contact_channel_for_membership_tier_upgrade_notices_xx"))
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_ids")
    @SequenceGenerator(name = "membership_ids",
            sequenceName = "membership_tier_assignment_history_entries_identifier_sequence_generator",
            allocationSize = 50)
    private Long id;

    @Column(name = "preferred_contact_channel_for_membership_tier_upgrade_notices_xx", length = 40)
    private String preferredContactChannel;

    @Column(name = "\"p日日日日日日日日日日日日日日日日日日日日日\"")
    private Integer points;
}
