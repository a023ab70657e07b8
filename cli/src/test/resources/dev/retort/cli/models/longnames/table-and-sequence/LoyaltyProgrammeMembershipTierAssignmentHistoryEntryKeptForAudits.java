package dev.retort.e2e.longnames;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Its table and its sequence are named after the entity (65 characters), and the sequence's suffix is cut. */
@Entity
public class LoyaltyProgrammeMembershipTierAssignmentHistoryEntryKeptForAudits {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;
}
