package dev.retort.lint;

import dev.retort.dialect.postgresql.LockAwareForm;
import dev.retort.revisions.Revision;
import dev.retort.testing.TestDatabase;
import dev.retort.workflow.RetortWrites;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * A revision as {@code revision --autogenerate} writes it for a change to {@link LintFixtures#BASE_SCHEMA}: the
 * database holds the base schema with rows, a copy of it gets the change by hand (what the entities now say), and
 * retort compares the two and writes the revision that brings the database there.
 */
final class WrittenByRetort {

    /** The configuration retort writes with. */
    enum Settings {
        /** The defaults: {@code migration.lock_aware=all}, {@code migration.lock_timeout=5s}. */
        LOCK_AWARE(Duration.ofSeconds(5), LockAwareForm.all()),
        /** {@code migration.lock_aware=none}, {@code migration.lock_timeout=0}: the blocking forms, no bound. */
        BLOCKING(Duration.ZERO, Set.of());

        private final Duration lockTimeout;
        private final Set<LockAwareForm> forms;

        Settings(Duration lockTimeout, Set<LockAwareForm> forms) {
            this.lockTimeout = lockTimeout;
            this.forms = forms;
        }
    }

    private WrittenByRetort() {
    }

    /**
     * Fills {@code database} with the base schema and writes the revision for the change {@code targetDdl} makes
     * to it; {@code database} is left as it was, for {@link #upgrade} to run the revision on.
     */
    static Revision revision(TestDatabase database, Path versions, Settings settings, String... targetDdl)
            throws Exception {
        LintFixtures.createBaseSchema(database);
        try (TestDatabase target = database.copy()) {
            target.execute(targetDdl);
            return RetortWrites.revision(database, target, settings.lockTimeout, settings.forms, versions,
                    settings.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Runs the revision on the database with retort's runner: what retort wrote is SQL PostgreSQL runs. */
    static void upgrade(TestDatabase database, Revision revision) throws Exception {
        RetortWrites.upgrade(database, revision);
    }
}
