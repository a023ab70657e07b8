package dev.retort.revisions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Revisions without scripts, for graph tests. */
final class TestRevisions {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private TestRevisions() {
    }

    /** A revision created at {@link #T0} plus {@code minute} minutes. */
    static Revision at(int minute, String id, String... parents) {
        return new Revision(id, List.of(parents), "message of " + id, T0.plusSeconds(60L * minute),
                Path.of("versions", id + ".sql"), Checksum.of(id), Script.empty(), Script.empty());
    }

    static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }
}
