package dev.retort.workflow;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * What a comparison knows of the revision history, decided from the version table before the database is read.
 * With a history, what the entities changed since the last revision is applied and what the database changed
 * outside the revisions is reported as drift; without one, each kind of difference has its conservative default.
 */
sealed interface HistoryBasis {

    /** How reports name what the comparison knew. */
    enum Kind {
        /** The revision history was replayed into a scratch database and compared with. */
        REPLAYED,
        /** The database is the history: the embedded replay, or an empty database with nothing applied. */
        DATABASE,
        /** No history: an adopted database without baseline, a history that would not replay, or history off. */
        NONE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The database was built by the revisions alone (the embedded replay of the history). */
    record DatabaseItself() implements HistoryBasis {
    }

    /** The version table records nothing: whatever the database holds, no revision made it. */
    record NothingApplied() implements HistoryBasis {
    }

    /** The history, being replayed into a scratch database while the database is read. */
    record Replaying(CompletableFuture<ReplayedHistory> replay) implements HistoryBasis {
    }

    /** Comparing without the history, as configured ({@code history.database=off}). */
    record Off() implements HistoryBasis {
    }
}
