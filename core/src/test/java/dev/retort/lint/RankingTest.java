package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.schema.QualifiedName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Findings over several revisions: biggest tables first (unknown sizes last), then revision order, then line; each
 * with its table's size; what an earlier revision created or renamed carried into the later ones; disabled rules.
 */
class RankingTest {

    private static final QualifiedName LEGACY = QualifiedName.of("public", "legacy");

    @TempDir
    Path directory;

    @Test
    void findingsRankByTableSizeThenRevisionThenLine() throws Exception {
        Revision first = revision("r1", """
                SET lock_timeout = '5s';
                ALTER TABLE public.customer ADD COLUMN tier integer NOT NULL;
                CREATE TABLE public.tag (id bigint PRIMARY KEY, label text);
                ALTER TABLE public.legacy DROP COLUMN flag;
                """);
        Revision second = revision("r2", """
                SET lock_timeout = '5s';
                CREATE INDEX tag_label_idx ON public.tag (label);
                ALTER TABLE public.legacy ALTER COLUMN code TYPE bigint;
                CREATE INDEX orders_note_idx ON public.orders (note);
                DROP INDEX public.somewhere_idx;
                """);
        KnownTables facts = KnownTables.baseSchema(1000, 65536).withUnsizedTable(LEGACY);

        LintReport report = new RevisionLinter(Set.of()).lint(List.of(first, second), facts);

        assertThat(report.linted()).containsExactly("r1", "r2");
        assertThat(report.findings()).extracting(LintFinding::revision, LintFinding::line, LintFinding::rule,
                LintFinding::size).containsExactly(
                tuple("r2", 9, LintRule.BLOCKING_INDEX, Optional.of(new TableSize(2000, 131072))),
                tuple("r1", 7, LintRule.NOT_NULL_WITHOUT_DEFAULT, Optional.of(new TableSize(1000, 65536))),
                tuple("r1", 9, LintRule.DATA_LOSS, Optional.empty()),
                tuple("r1", 9, LintRule.BREAKING_CHANGE, Optional.empty()),
                tuple("r2", 8, LintRule.TABLE_REWRITE, Optional.empty()),
                tuple("r2", 10, LintRule.BLOCKING_INDEX, Optional.empty()));
    }

    @Test
    void aTableRenamedByAnEarlierRevisionIsStillTheExistingOneWithItsSize() throws Exception {
        Revision first = revision("r1", "SET lock_timeout = '5s';\nALTER TABLE public.orders RENAME TO purchase;\n");
        Revision second = revision("r2", "SET lock_timeout = '5s';\nCREATE INDEX p_idx ON public.purchase (note);\n");

        LintReport report = new RevisionLinter(Set.of()).lint(List.of(first, second), KnownTables.baseSchema());

        assertThat(report.findings()).extracting(LintFinding::revision, LintFinding::rule, LintFinding::size)
                .containsExactly(
                        tuple("r1", LintRule.BREAKING_CHANGE, Optional.of(new TableSize(40, 16384))),
                        tuple("r2", LintRule.BLOCKING_INDEX, Optional.of(new TableSize(40, 16384))));
    }

    @Test
    void aColumnRenamedByAnEarlierRevisionKeepsItsKnownType() throws Exception {
        Revision first = revision("r1", "SET lock_timeout = '5s';\nALTER TABLE public.orders RENAME note TO remark;\n");
        Revision second = revision("r2", "SET lock_timeout = '5s';\n"
                + "ALTER TABLE public.orders ALTER COLUMN remark TYPE varchar(200);\n"
                + "ALTER TABLE public.orders ALTER COLUMN remark TYPE varchar(150);\n");

        LintReport report = new RevisionLinter(Set.of()).lint(List.of(first, second), KnownTables.baseSchema());

        // note was character varying(100): the longer one is made in place; the shorter one after it rewrites
        assertThat(report.findings()).extracting(LintFinding::revision, LintFinding::rule, LintFinding::detail)
                .containsExactly(
                        tuple("r1", LintRule.BREAKING_CHANGE, "renames column public.orders.note to remark"),
                        tuple("r2", LintRule.TABLE_REWRITE, "changes public.orders.remark from character"
                                + " varying(200) to character varying(150)"),
                        tuple("r2", LintRule.DATA_LOSS, "narrows public.orders.remark from character varying(200)"
                                + " to character varying(150)"));
    }

    @Test
    void aDisabledRuleFindsNothing() throws Exception {
        Revision revision = revision("r1", "ALTER TABLE public.orders DROP COLUMN note;\n");

        LintReport report = new RevisionLinter(Set.of(LintRule.MISSING_LOCK_TIMEOUT, LintRule.BREAKING_CHANGE))
                .lint(List.of(revision), TableFacts.offline());

        assertThat(report.findings()).extracting(LintFinding::rule).containsExactly(LintRule.DATA_LOSS);
    }

    @Test
    void aDowngradeIsNotLinted() throws Exception {
        Path file = Files.writeString(directory.resolve("r1.sql"), header("r1")
                + "-- retort:upgrade\nSET lock_timeout = '5s';\nALTER TABLE public.orders ADD COLUMN x text;\n"
                + "-- retort:downgrade\nALTER TABLE public.orders DROP COLUMN x;\n");

        LintReport report = new RevisionLinter(Set.of()).lint(List.of(RevisionFile.read(file)), TableFacts.offline());

        assertThat(report.findings()).isEmpty();
    }

    private Revision revision(String id, String upgrade) throws Exception {
        return RevisionFile.read(Files.writeString(directory.resolve(id + ".sql"),
                header(id) + "-- retort:upgrade\n" + upgrade + "-- retort:downgrade\n"));
    }

    private static String header(String id) {
        return "-- retort:revision " + id + "\n-- retort:parents\n-- retort:message m\n"
                + "-- retort:created 2026-12-06T16:00:00Z\n";
    }
}
