package dev.retort.e2e.longnames;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Its table name shares its first 63 bytes with Membership's. */
@Entity
@Table(name = "membership_tier_assignment_history_entries_kept_for_the_loyalty_archive")
public class MembershipArchive {

    @Id
    private Long id;
}
