package dev.retort.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.CliResult;
import dev.retort.cli.EntityCompiler;
import dev.retort.cli.TestProject;
import dev.retort.revisions.Revision;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * One model through five versions ({@code evolving/v1} to {@code v5}) on a real server with rows in its tables, each
 * version a revision written by {@code revision --autogenerate} and applied by {@code upgrade}, with {@code check}
 * clean after each: tables named by reserved words ({@code "user"}, {@code "order"}), a second schema, a type
 * widened (int to bigint, numeric(10,2) to (12,2)), lengths made longer and shorter (with rows that fit), NOT NULL
 * set and dropped, a string enum and a native enum gaining a value, a default added and removed, and an entity
 * removed with its {@code @ManyToMany} join table. Then {@code downgrade -1}, step by step down to base, each step
 * restoring the catalog exactly as it was after that version's upgrade. Between two versions, drift made by hand is
 * reported by {@code check} as drift and stays out of the next revision.
 */
@ExtendWith(PostgresExtension.class)
class EvolvingModelTest {

    private static final String PACKAGE = "dev.retort.adoption.evolving";
    private static final int VERSIONS = 5;

    @TempDir
    static Path compiled;

    private static final List<Path> versions = new ArrayList<>();

    @BeforeAll
    static void compileEveryVersion() {
        for (int v = 1; v <= VERSIONS; v++) {
            versions.add(EntityCompiler.compileFolder("/dev/retort/adoption/evolving/v" + v,
                    compiled.resolve("v" + v)));
        }
    }

    @Test
    void fiveVersionsWithDataConvergeAtEachStepAndDowngradeStepByStepToTheExactCatalogs(TestDatabase database,
                                                                                       @TempDir Path dir) {
        List<String> base = CatalogSnapshot.of(database);
        TestProject project = TestProject.init(dir, database, versions.get(0), PACKAGE);
        List<List<String>> catalogs = new ArrayList<>();
        List<RevisionStatements> revisions = new ArrayList<>();
        for (int v = 1; v <= VERSIONS; v++) {
            project.useEntities(versions.get(v - 1));
            Revision revision = project.autogenerate("version " + v).orElseThrow();
            RevisionStatements statements = RevisionStatements.of(revision);
            revisions.add(statements);
            System.out.println("[evolving] version " + v + ": " + statements.upgrade().size() + " statements "
                    + statements.countByStatementKind() + "\n" + statements);
            if (v == 4) {
                assertThat(statements.toString()).as("the drift stays out of the revision")
                        .doesNotContain("ix_user_email_by_hand").doesNotContain("city");
            }
            List<String> users = v == 1 ? List.of() : users(database);
            project.ok("upgrade");
            assertThat(v == 1 ? List.of() : users(database)).as("the users after upgrading to version %s", v)
                    .isEqualTo(users);
            if (v == 4) {
                theDriftIsStillReportedAndNothingElse(project);
                database.execute("DROP INDEX public.ix_user_email_by_hand",
                        "ALTER TABLE inventory.warehouse ALTER COLUMN city DROP NOT NULL");
            }
            CliResult check = project.run("check");
            assertThat(check.exitCode()).as("check after upgrading to version %s\n%s", v, check).isZero();
            catalogs.add(CatalogSnapshot.of(database));
            addRows(database, v);
            if (v == 3) {
                driftByHandIsReportedAsDrift(project, database);
            }
        }

        assertEveryVersionSaysWhatChanged(revisions);

        for (int v = VERSIONS; v >= 1; v--) {
            project.ok("downgrade", "-1");
            List<String> expected = v == 1 ? base : catalogs.get(v - 2);
            assertThat(CatalogSnapshot.of(database)).as("the catalog after downgrading from version %s", v)
                    .isEqualTo(expected);
        }
        assertThat(project.appliedRevisions()).isEmpty();
    }

    /**
     * An index and a NOT NULL made by hand: {@code check} exits 1 and says {@code [..., drift]} for each, and nothing
     * else.
     */
    private static void driftByHandIsReportedAsDrift(TestProject project, TestDatabase database) {
        database.execute("CREATE INDEX ix_user_email_by_hand ON public.\"user\" (email)",
                "ALTER TABLE inventory.warehouse ALTER COLUMN city SET NOT NULL");
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("check after the drift\n%s", check).isEqualTo(1);
        List<String> differences = differenceLines(check);
        assertThat(differences).as("%s", check).hasSize(2);
        assertThat(differences).anySatisfy(line -> assertThat(line).contains("ix_user_email_by_hand")
                .contains(", drift]"));
        assertThat(differences).anySatisfy(line -> assertThat(line).contains("inventory.warehouse.city")
                .contains("nullability").contains(", drift]"));
    }

    /** After version 4's upgrade, {@code check} lists the two drifts made by hand, still as drift, and nothing else. */
    private static void theDriftIsStillReportedAndNothingElse(TestProject project) {
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(1);
        List<String> differences = differenceLines(check);
        assertThat(differences).as("%s", check).hasSize(2).allSatisfy(line -> assertThat(line).contains(", drift]"));
    }

    /** Every user's row as text: a length made shorter (with rows that fit) changes no value. */
    private static List<String> users(TestDatabase database) {
        return database.queryColumn("select u::text from public.\"user\" u order by id");
    }

    private static List<String> differenceLines(CliResult check) {
        return check.out().lines().filter(line -> line.startsWith("  ")).map(String::strip).toList();
    }

    /** What each version changed is in its revision, in the form PostgreSQL needs. */
    private static void assertEveryVersionSaysWhatChanged(List<RevisionStatements> revisions) {
        RevisionStatements v1 = revisions.get(0);
        assertThat(v1.matching("^CREATE SCHEMA inventory$")).hasSize(1);
        assertThat(v1.matching("^CREATE TABLE public\\.\"user\" \\(")).hasSize(1);
        assertThat(v1.matching("^CREATE TABLE public\\.\"order\" \\(")).hasSize(1);

        RevisionStatements v2 = revisions.get(1);
        assertThat(v2.matching("ALTER COLUMN quantity TYPE bigint")).hasSize(1);
        assertThat(v2.matching("ALTER COLUMN email TYPE character varying\\(320\\)")).hasSize(1);
        assertThat(v2.matching("ALTER COLUMN name TYPE character varying\\(60\\)")).hasSize(1);
        assertThat(v2.matching("ALTER COLUMN email SET NOT NULL")).hasSize(1);
        assertThat(v2.matching("ALTER COLUMN status SET DEFAULT 'NEW'")).hasSize(1);
        assertThat(v2.matching("SHIPPED")).isNotEmpty();

        RevisionStatements v3 = revisions.get(2);
        assertThat(v3.matching("ALTER COLUMN name DROP NOT NULL")).hasSize(1);
        assertThat(v3.matching("ALTER COLUMN status DROP DEFAULT")).hasSize(1);
        assertThat(v3.matching("ALTER COLUMN total TYPE numeric\\(12,2\\)")).hasSize(1);
        assertThat(v3.matching("^CREATE TYPE public\\.priority AS ENUM")).hasSize(1);
        assertThat(v3.matching("^ALTER TABLE inventory\\.warehouse ADD COLUMN capacity integer$")).hasSize(1);

        RevisionStatements v4 = revisions.get(3);
        for (String table : List.of("user_role", "role")) {
            assertThat(v4.matching("^DROP TABLE public\\." + table + "$")).as("%s dropped in\n%s", table, v4)
                    .singleElement().matches(RevisionStatements.Statement::destructive, "marked destructive");
        }
        assertThat(v4.matching("^CREATE TABLE inventory\\.shipment \\(")).hasSize(1);

        RevisionStatements v5 = revisions.get(4);
        assertThat(v5.matching("^ALTER TYPE public\\.priority ADD VALUE 'URGENT'")).hasSize(1);
        assertThat(v5.matching("ALTER COLUMN email TYPE character varying\\(254\\)")).hasSize(1);
        assertThat(v5.matching("ALTER COLUMN code TYPE character varying\\(16\\)")).hasSize(1);
    }

    /**
     * Rows after each upgrade, fitting every later version and every downgrade: names of 60 characters at most,
     * a name and an email for everyone, integers and totals that fit the narrower types, no enum value a downgrade
     * takes away.
     */
    private static void addRows(TestDatabase database, int version) {
        Map<Integer, List<String>> rows = Map.of(
                1, List.of(
                        "INSERT INTO public.\"user\" (name, email) VALUES ('Ada', 'ada@example.com'),"
                                + " ('Grace Hopper', 'grace@example.com')",
                        "INSERT INTO public.role (name) VALUES ('admin'), ('clerk')",
                        "INSERT INTO public.user_role (user_id, role_id) VALUES (1, 1), (1, 2), (2, 2)",
                        "INSERT INTO public.\"order\" (user_id, total, status, quantity) VALUES (1, 19.90, 'NEW', 2),"
                                + " (2, 5.00, 'PAID', 1)",
                        "INSERT INTO inventory.warehouse (code, city) VALUES ('NORTH', 'Oslo'), ('SOUTH', 'Lyon')"),
                2, List.of(
                        "INSERT INTO public.\"user\" (name, email) VALUES ('Alan', 'alan@example.com')",
                        "INSERT INTO public.\"order\" (user_id, total, quantity) VALUES (3, 120.00, 7)"),
                3, List.of(
                        "INSERT INTO public.\"user\" (name, email) VALUES ('Edsger', 'edsger@example.com')",
                        "INSERT INTO public.\"order\" (user_id, total, status, quantity, priority) VALUES"
                                + " (1, 99999999.99, 'PAID', 1, 'HIGH')",
                        "UPDATE inventory.warehouse SET capacity = 500"),
                4, List.of(
                        "INSERT INTO inventory.shipment (order_id, warehouse_id, shipped_at) VALUES"
                                + " (1, 1, '2024-05-01 10:00:00'), (2, 2, NULL)"),
                5, List.of(
                        "INSERT INTO inventory.warehouse (code, city) VALUES ('EAST', NULL)"));
        database.execute(rows.get(version).toArray(String[]::new));
    }
}
