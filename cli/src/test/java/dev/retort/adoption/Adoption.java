package dev.retort.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliResult;
import dev.retort.cli.ExitCode;
import dev.retort.cli.JsonReader;
import dev.retort.cli.TestProject;
import dev.retort.revisions.Revision;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Adopting retort on a database another tool built, as a user does it, through the real CLI: {@code check} lists
 * the differences, {@code revision --autogenerate} asks for a baseline, {@code baseline} records the schema and the
 * accepted differences, {@code revision --autogenerate} writes only what the entities positively require,
 * {@code upgrade} applies it with the data in place, {@code check} is clean, and {@code downgrade -1} brings the
 * catalog and the data back exactly.
 */
final class Adoption {

    /**
     * What the revision written after the baseline must hold.
     *
     * @param required     a regular expression per thing the entities require that the database lacks, each to
     *                     match one upgrade statement (whitespace collapsed)
     * @param typeChanges  the only type changes allowed, each {@code table.column -> type}: what the entities make
     *                     longer
     */
    record Expectations(Map<String, String> required, Set<String> typeChanges) {
    }

    /**
     * What the database holds beyond the entities, by kind: each adoption schema carries every one, and the baseline
     * accepts it as it is (the schema is the fixture; this keeps it from losing a shape unnoticed).
     */
    private static final Set<String> HELD_BEYOND_THE_ENTITIES = Set.of("column.type.wider",
            "column.nullability.stricter", "column.default.extra", "column.extra", "constraint.extra",
            "foreign-key.rules.extra", "index.extra", "table.extra", "table.comment.extra");

    private final String name;
    private final TestProject project;
    private final TestDatabase database;

    private List<String> adopted;
    private TableData data;
    private String baselineId;
    private Revision revision;
    private List<String> upgraded;

    Adoption(String name, TestProject project, TestDatabase database) {
        this.name = name;
        this.project = project;
        this.database = database;
    }

    /**
     * From the database as the other tool left it to the revision written after the baseline: {@code check} exits 1
     * listing the differences, {@code revision --autogenerate} refuses in one line naming {@code retort baseline},
     * {@code baseline} records the schema (changing nothing in the database) and the accepted differences, and
     * {@code revision --autogenerate} writes a revision. Prints the numbers for the closing note.
     */
    RevisionStatements adopt() {
        data = TableData.of(database);
        assertThat(data.emptyTables()).as("tables without rows").isEmpty();
        adopted = CatalogSnapshot.of(database);

        Map<String, Integer> checkBefore = checkBeforeBaseline();
        autogenerateRefusesWithoutBaseline();

        CliResult baseline = project.ok("baseline");
        assertThat(baseline.err()).as("baseline's warnings\n%s", baseline).doesNotContain("warning");
        assertThat(project.revisionFiles()).hasSize(1);
        Revision baselineRevision = project.onlyRevision();
        baselineId = baselineRevision.id();
        assertThat(project.appliedRevisions()).containsExactly(baselineId);
        assertThat(CatalogSnapshot.of(database)).as("the baseline changes nothing in the database")
                .isEqualTo(adopted);
        Map<String, Integer> accepted = acceptedByKind();
        assertThat(accepted.keySet()).as("the kinds accepted at baseline").containsAll(HELD_BEYOND_THE_ENTITIES);
        assertThat(String.join("\n", baselineRevision.upgrade().statements().stream().map(s -> s.sql()).toList())
                + project.run("check").out())
                .as("the other tool's own tables are neither recorded nor reported")
                .doesNotContain("flyway_schema_history").doesNotContain("databasechangelog");

        revision = project.autogenerate("what the entities require").orElseThrow();
        RevisionStatements statements = RevisionStatements.of(revision);
        System.out.println("[adoption " + name + "] check before baseline (kind/action=count, " + total(checkBefore)
                + " differences): " + checkBefore);
        System.out.println("[adoption " + name + "] baseline: " + baselineRevision.upgrade().size()
                + " statements recording the schema; accepted by kind (" + total(accepted) + "): " + accepted);
        System.out.println("[adoption " + name + "] generated revision: " + statements.upgrade().size()
                + " upgrade statements; by statement kind " + statements.countByStatementKind()
                + "; by difference kind " + statements.countByDifferenceKind() + "; marked destructive "
                + statements.upgrade().stream().filter(RevisionStatements.Statement::destructive).count());
        System.out.println("[adoption " + name + "] revision:\n" + statements);
        return statements;
    }

    /**
     * The revision holds no statement that narrows a type, relaxes a NOT NULL, drops anything, renames anything or
     * is marked destructive (the expected type changes aside: whether a widening is marked is its own test); each
     * type change is one of the expected; and each thing the entities require is written.
     */
    static void assertOnlyWhatTheEntitiesRequire(RevisionStatements statements, Expectations expected) {
        List<String> forbidden = new ArrayList<>();
        for (RevisionStatements.Statement statement : statements.upgrade()) {
            String kind = statement.statementKind();
            boolean allowed = switch (kind) {
                // a lock-aware revision: its lock_timeout first, the foreign keys it added NOT VALID validated last
                case "create table", "create sequence", "add column", "add foreign key", "add unique",
                        "set lock_timeout", "validate constraint" -> true;
                case "type" -> expected.typeChanges().contains(statement.typeChange());
                default -> false;
            };
            if (!allowed || statement.destructive() && !kind.equals("type")) {
                forbidden.add(kind + (statement.destructive() ? ", destructive" : "") + ":\n" + statement);
            }
        }
        assertThat(forbidden).as("statements the adoption must not write, in\n%s", statements).isEmpty();
        expected.required().forEach((what, regex) -> assertThat(statements.matching(regex))
                .as("%s (%s) in\n%s", what, regex, statements).hasSize(1));
    }

    /** {@code upgrade} applies the revision with every row in place and unchanged; {@code check} is clean. */
    void upgradeKeepsTheDataAndChecksClean() {
        CliResult upgrade = project.ok("upgrade");
        System.out.println("[adoption " + name + "] upgrade said: " + upgrade.out().strip().replace('\n', ' '));
        assertThat(project.appliedRevisions()).contains(revision.id());
        assertThat(data.again(database)).as("every row, in the columns it had, after the upgrade").isEqualTo(data);
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("check after the upgrade\n%s", check).isZero();
        upgraded = CatalogSnapshot.of(database);
    }

    /** {@code downgrade -1}: the catalog as after the baseline, every row as it was. */
    void downgradeRestoresTheAdoptedDatabase() {
        project.ok("downgrade", "-1");
        assertThat(project.appliedRevisions()).containsExactly(baselineId);
        assertThat(CatalogSnapshot.of(database)).as("the catalog after downgrade -1").isEqualTo(adopted);
        assertThat(data.again(database)).as("every row after downgrade -1").isEqualTo(data);
    }

    /**
     * Another copy of the adopted database (made before the baseline): {@code stamp <baseline>} adopts it with
     * nothing run, {@code upgrade} brings it to the head, and {@code check} is clean; its catalog is the first one's.
     */
    void anotherCopyAdoptsByStamping(TestDatabase copy) {
        String url = database.url();
        project.setProperty("database.url", copy.url());
        try {
            project.ok("stamp", baselineId);
            assertThat(CatalogSnapshot.of(copy)).as("stamping runs nothing").isEqualTo(adopted);
            CliResult atBaseline = project.run("check");
            assertThat(atBaseline.exitCode()).as("check on the stamped copy, one revision behind\n%s", atBaseline)
                    .isEqualTo(4);
            project.ok("upgrade");
            CliResult check = project.run("check");
            assertThat(check.exitCode()).as("check on the stamped copy after upgrade\n%s", check).isZero();
            assertThat(CatalogSnapshot.of(copy)).as("the copy's catalog after upgrade").isEqualTo(upgraded);
        } finally {
            project.setProperty("database.url", url);
        }
    }

    /**
     * The history alone (baseline and the new revision) replayed into an empty embedded database checks clean: no
     * problem, no difference. What is left is lint's: on the embedded database check lints the head, here the
     * revision that alters the adopted tables, whose one risk is a unique constraint built under the table's lock
     * (a foreign key the same revision adds relies on it): exit 9, until a reviewer accepts it.
     */
    @SuppressWarnings("unchecked")
    void historyReplaysIntoAnEmptyDatabase() {
        CliResult embedded = project.run("--embedded", "check", "--format", "json");
        Map<String, Object> report = (Map<String, Object>) JsonReader.read(embedded.out());
        assertThat(report.get("problems")).as("retort --embedded check\n%s", embedded).isEqualTo(List.of());
        assertThat(report.get("differences")).as("retort --embedded check\n%s", embedded).isEqualTo(List.of());
        Map<String, Object> lint = (Map<String, Object>) report.get("lint");
        List<Map<String, Object>> findings = (List<Map<String, Object>>) lint.get("findings");
        assertThat(findings).as("lint of the head\n%s", embedded).singleElement()
                .satisfies(finding -> assertThat(finding.get("rule")).isEqualTo("blocking-index"))
                .satisfies(finding -> assertThat(finding.get("detail").toString()).startsWith("adds unique constraint"));
        assertThat(embedded.exitCode()).as("retort --embedded check\n%s", embedded).isEqualTo(ExitCode.LINT);
        assertThat(report.get("status")).isEqualTo("lint");
    }

    private Map<String, Integer> checkBeforeBaseline() {
        CliResult check = project.run("check", "--format", "json");
        assertThat(check.exitCode()).as("check before baseline\n%s", check).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) JsonReader.read(check.out());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> differences = (List<Map<String, Object>>) report.get("differences");
        Map<String, Integer> byKind = new TreeMap<>();
        for (Map<String, Object> difference : differences) {
            byKind.merge(difference.get("category") + "/" + difference.get("action"), 1, Integer::sum);
        }
        CliResult text = project.run("check");
        assertThat(text.exitCode()).isEqualTo(1);
        System.out.println("[adoption " + name + "] check before baseline:\n" + text.out());
        return byKind;
    }

    private void autogenerateRefusesWithoutBaseline() {
        CliResult refused = project.run("revision", "--autogenerate", "-m", "first");
        assertThat(refused.exitCode()).as("%s", refused).isEqualTo(3);
        assertThat(refused.errLines()).as("%s", refused).hasSize(1);
        assertThat(refused.errLines().get(0)).contains("retort baseline");
        assertThat(project.revisionFiles()).isEmpty();
    }

    private Map<String, Integer> acceptedByKind() {
        Path file = project.directory().resolve("migrations/accepted-differences.tsv");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> byKind = new TreeMap<>();
        lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .forEach(l -> byKind.merge(l.split("\t")[0], 1, Integer::sum));
        return byKind;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
