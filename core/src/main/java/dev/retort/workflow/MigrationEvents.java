package dev.retort.workflow;

import dev.retort.revisions.Revision;
import java.time.Duration;

/** Hears what {@code upgrade}, {@code downgrade} and {@code stamp} do, as it happens: the deploy log. */
public interface MigrationEvents {

    MigrationEvents SILENT = new MigrationEvents() {
    };

    /** Another process holds the lock; called when waiting starts and every minute after. */
    default void waiting(String versionTable, String holder, Duration waited) {
    }

    /** The lock is taken; from here until the end, no other retort process migrates this database. */
    default void locked(String versionTable, String database, long key, Duration waited) {
    }

    /** A revision is about to be applied or reverted. */
    default void migrating(Revision revision, boolean upgrade) {
    }

    /** A revision was applied or reverted and recorded. */
    default void migrated(Revision revision, boolean upgrade, long millis) {
    }
}
