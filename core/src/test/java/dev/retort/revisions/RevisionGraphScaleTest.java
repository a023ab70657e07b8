package dev.retort.revisions;

import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Prints how long 1000 revision files take to load and plan; it pins the plan, not the time. */
class RevisionGraphScaleTest {

    private static final int REVISIONS = 1000;

    @Test
    void aThousandRevisionsLoadAndPlan(@TempDir Path versions) throws Exception {
        RevisionWriter writer = new RevisionWriter(versions, RevisionTemplates.builtIn());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < REVISIONS; i++) {
            ids.add(String.format("r%04d", i));
        }
        long writeStart = System.nanoTime();
        for (int i = 0; i < REVISIONS; i++) {
            writer.write(document(ids.get(i), parentsOf(i, ids)));
        }
        long written = System.nanoTime();

        RevisionGraph graph = RevisionDirectory.loadGraph(versions);
        long loaded = System.nanoTime();
        List<Revision> upgrade = graph.upgradePath(Set.of(), "head");
        Set<String> applied = new HashSet<>(TestRevisions.ids(upgrade));
        List<Revision> downgrade = graph.downgradePath(applied, "base");
        List<Revision> lastFew = graph.upgradePath(Set.copyOf(graph.ancestors(ids.get(REVISIONS - 10))), "head");
        long planned = System.nanoTime();

        System.out.printf("%d revisions: writing %d ms, loading %d ms, planning %d ms%n", REVISIONS,
                (written - writeStart) / 1_000_000, (loaded - written) / 1_000_000, (planned - loaded) / 1_000_000);
        assertThat(upgrade).hasSize(REVISIONS);
        assertThat(downgrade).hasSize(REVISIONS);
        assertThat(TestRevisions.ids(lastFew)).containsExactlyElementsOf(ids.subList(REVISIONS - 10, REVISIONS));
    }

    /** A chain where, every 50 revisions, two siblings branch off one parent and the next revision merges them. */
    private static List<String> parentsOf(int i, List<String> ids) {
        if (i == 0) {
            return List.of();
        }
        if (i >= 50 && i % 50 == 1) {
            return List.of(ids.get(i - 2));
        }
        if (i >= 50 && i % 50 == 2) {
            return List.of(ids.get(i - 2), ids.get(i - 1));
        }
        return List.of(ids.get(i - 1));
    }

    private static RevisionDocument document(String id, List<String> parents) {
        return new RevisionDocument(id, parents, "step " + id, Instant.parse("2026-01-01T00:00:00Z"),
                List.of(new ScriptStatement("table " + id, "CREATE TABLE " + id + " (id bigint)", false)),
                List.of(new ScriptStatement("table " + id, "DROP TABLE " + id, true)), List.of(), "test");
    }
}
