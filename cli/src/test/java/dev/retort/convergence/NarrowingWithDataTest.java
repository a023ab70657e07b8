package dev.retort.convergence;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.retort.dialect.postgresql.PostgresDestructiveness;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.ColumnType;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresServer;
import dev.retort.testing.TestDatabase;
import dev.retort.workflow.MigrationEvents;
import dev.retort.workflow.MigrationWorkflow;
import dev.retort.workflow.Project;
import dev.retort.workflow.RevisionWorkflow;
import dev.retort.workflow.StepListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix cells whose type change is guarded (not a widening), run with rows in their tables. The convergence
 * run works on empty tables, where only the cast's existence matters; here, with every such cell's model A
 * created, a row whose value the change to B would cut, round, reformat or not convert makes the upgrade fail
 * naming the cell's column, rolled back (catalog, version table and row as they were); then rows that fit go
 * through the upgrade to B and the downgrade back to A with their values as they were. Which cells get a guard is
 * what autogenerate decides, and every one must have its rows here: a new narrowing cell cannot skip this test.
 * (A separate run rather than a step of {@link ConvergenceRun}: one bad row fails a whole batch's upgrade, so the
 * rows go in one cell at a time.)
 */
class NarrowingWithDataTest {

    @TempDir
    static Path work;

    /**
     * Values of one cell's column {@code v}.
     *
     * @param fits    a value (SQL) of A's type that B's type holds, or {@code null} when none does (the change
     *                reinterprets every value: a number of nanoseconds as an interval, bytes as an oid)
     * @param inB     how that value reads in B (SQL, converted to B's type before it is compared as text)
     * @param breaks  a value (SQL) of A's type that B's type would change or cannot hold, or {@code null} when
     *                every value fits (integer to varchar(255) keeps every value, though it is no widening) or
     *                A's check constraint admits no other value
     */
    record Rows(String fits, String inB, String breaks) {
    }

    private static Rows rows(String fits, String inB, String breaks) {
        return new Rows(fits, inB, breaks);
    }

    private static Rows rows(String fits, String breaks) {
        return new Rows(fits, fits, breaks);
    }

    private static final String LONG = "5000000000";
    private static final String DAY = "'2024-02-29 00:00'";
    private static final String MORNING = "'2024-02-29 10:30'";

    private static final Map<String, Rows> ROWS = new TreeMap<>(Map.ofEntries(
            entry("str_len100", rows("'fits'", "repeat('x', 101)")),
            entry("str_len10_100_r", rows("'fits'", "repeat('x', 11)")),
            entry("str_len_huge_r", rows("'fits'", "repeat('x', 256)")),
            entry("str_len_notnull", rows("'fits'", "repeat('x', 101)")),
            entry("str_len_unique", rows("'fits'", "repeat('x', 101)")),
            entry("str_text_len100", rows("'fits'", "repeat('x', 101)")),
            entry("str_text_r", rows("'fits'", "repeat('x', 256)")),
            entry("str_char_string", rows("'a'", null)),
            entry("str_char_string_r", rows("'a'", "' '")), // a blank is padding to character(1): it would be lost
            entry("str_lob", rows("'42'", "'forty-two'")),
            entry("str_lob_r", rows("42", null)),
            entry("str_lob_text", rows("42", null)),
            entry("str_lob_text_r", rows("'42'", "'forty-two'")),
            entry("int_short_int_r", rows("42", "40000")),
            entry("int_int_long_r", rows("42", LONG)),
            entry("int_byte_long_r", rows("42", "40000")),
            entry("int_long_biginteger_r", rows("42", "100000000000000000000")),
            entry("int_biginteger_precision", rows("42", "10000000000000000000000000")),
            entry("int_int_bigdecimal_r", rows("42.00", "42", "42.50")),
            entry("num_float_double_r", rows("1.25", "1.2345678901234")),
            entry("num_double_bigdecimal", rows("1.25", "1.125")),
            entry("num_double_bigdecimal_r", rows("1.25", "12345678901234567.89")),
            entry("num_precision_scale", rows("42.50", "123456789.00")),
            entry("num_scale", rows("42.50", "12345678.00")),
            entry("num_scale_r", rows("42.5000", "42.50", "42.1234")),
            entry("num_precision_r", rows("42.50", "1234567890.12")),
            entry("num_precision_only", rows("42", "123456789")),
            entry("num_precision_only_r", rows("42.00", "42", "42.50")),
            entry("num_unconstrained_r", rows("42.50", "42.125")),
            entry("bool_numeric", rows("true", "1", null)),
            entry("bool_numeric_r", rows("1", "true", null)), // A's check admits 0 and 1 only
            // Y/N in a character(1) and true/false are other texts for the same values: no row converts unchanged.
            entry("bool_yes_no", rows(null, null, "true")),
            entry("bool_yes_no_r", rows(null, null, "'Y'")),
            entry("time_date_datetime_r", rows(DAY, MORNING)),
            entry("time_datetime_instant", rows(MORNING, null)),
            entry("time_datetime_instant_r", rows(MORNING, null)),
            entry("time_fraction", rows("'2024-02-29 10:30:00.123'", "'2024-02-29 10:30:00.1234'")),
            entry("time_time_fraction_r", rows("'10:30:01'", "'10:30:01.5'")),
            // Hibernate's Duration is a number of nanoseconds; as text it is no interval, and no interval a number.
            entry("time_duration_interval", rows(null, null, "5")),
            entry("time_duration_interval_r", rows(null, null, "'5 seconds'")),
            entry("bin_bytes_lob", rows(null, null, "'\\x01'::bytea")),
            entry("bin_bytes_lob_r", rows(null, null, "42")),
            entry("doc_int_long_array_r", rows("'{1,2}'", "'{1," + LONG + "}'")),
            entry("doc_array_length", rows("'{a,b}'", "ARRAY[repeat('x', 51)]")),
            // A's check constraint admits the constants alone, which fit; the ordinal's new check refuses numbers.
            entry("enum_string_length", rows("'RED'", null)),
            entry("enum_string_native", rows("'RED'", null)),
            entry("enum_string_native_r", rows("'RED'", null)),
            entry("enum_ordinal_string", rows(null, null, null)),
            entry("enum_ordinal_string_r", rows(null, null, "'RED'")),
            entry("feat_version_long_r", rows("42", LONG)),
            entry("cast_string_long", rows("'42'", "'0042'")),
            entry("cast_string_long_r", rows("42", null)),
            entry("cast_string_int", rows("'42'", "'forty-two'")),
            entry("cast_string_int_r", rows("42", null)),
            entry("cast_string_decimal", rows("'10.50'", "'1.005'")),
            entry("cast_string_decimal_r", rows("10.50", null)),
            entry("cast_string_boolean", rows("'true'", "'yes'")),
            entry("cast_string_boolean_r", rows("true", null)),
            entry("cast_string_date", rows("'2024-02-29'", "'2/29/2024'")),
            entry("cast_string_date_r", rows("'2024-02-29'", null)),
            entry("cast_string_instant", rows("(" + MORNING + "::timestamptz)::text", MORNING, MORNING)),
            entry("cast_string_instant_r", rows(MORNING, "(" + MORNING + "::timestamptz)::text", null)),
            entry("cast_string_uuid", rows("'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'",
                    "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'")),
            entry("cast_string_uuid_r", rows("'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", null)),
            entry("cast_string_bytes", rows("'\\x616263'", "'abc'")),
            entry("cast_string_bytes_r", rows("'\\x616263'::bytea", "decode(repeat('ab', 128), 'hex')")),
            entry("cast_string_json", rows("'{\"a\": 1}'", "'{\"a\":1}'")),
            entry("cast_string_json_r", rows("'{\"a\": 1}'", "jsonb_build_object('a', repeat('x', 300))")),
            entry("cast_string_array", rows("'{a,b}'", "'plain'")),
            entry("cast_string_array_r", rows("'{a,b}'", "ARRAY[repeat('x', 255), 'y']")),
            entry("cast_int_boolean", rows("1", "true", "2")),
            entry("cast_int_boolean_r", rows("true", "1", null)),
            entry("cast_double_long", rows("42", "1.5")),
            entry("cast_double_long_r", rows("42", "9007199254740993")),
            // A number is no timestamp's text, nor a timestamp a number's; bytes are no uuid's text either way.
            entry("cast_long_instant", rows(null, null, "42")),
            entry("cast_long_instant_r", rows(null, null, MORNING)),
            entry("cast_uuid_bytes", rows(null, null, "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'")),
            entry("cast_uuid_bytes_r", rows(null, null, "'\\x01'::bytea")),
            entry("cast_date_instant", rows("'2024-02-29'", null)),
            entry("cast_date_instant_r", rows(DAY, MORNING)),
            entry("cast_int_notnull_string_default", rows("42", null)),
            entry("cast_int_notnull_string_default_r", rows("'42'", "'n/a'"))));

    @Test
    void aRowThatWouldChangeFailsTheUpgradeNamingItsColumnAndRowsThatFitKeepTheirValuesBothWays() throws Exception {
        List<ConvergenceCase> cells = ConvergenceMatrixTest.cells().stream()
                .filter(c -> c.expected().stream().anyMatch(e -> e.startsWith("alter column $t.v: type")))
                .filter(c -> !NotSupportedYet.lists(c.id())).toList();
        Path classesA = ModelCompiler.compile(HibernateCatalogs.bodies(cells, true), work.resolve("src-a"),
                work.resolve("classes-a"));
        Path classesB = ModelCompiler.compile(HibernateCatalogs.bodies(cells, false), work.resolve("src-b"),
                work.resolve("classes-b"));
        try (TestDatabase database = PostgresServer.get().createDatabase()) {
            Path directory = Files.createDirectories(work.resolve("project/migrations/versions")).getParent()
                    .getParent();
            Project atA = ConvergenceRun.project(directory, database, classesA);
            Project atB = ConvergenceRun.project(directory, database, classesB);
            new RevisionWorkflow(atA, Clock.systemUTC()).autogenerate("a", StepListener.SILENT);
            new MigrationWorkflow(atA).upgrade("head", false, MigrationEvents.SILENT);
            MigrationPlan toB = MigrationPlan.of(new RevisionWorkflow(atB, Clock.systemUTC())
                    .autogenerate("b", StepListener.SILENT).drift().comparison());
            Map<String, AlterColumn> guarded = guardedCells(cells, toB);
            assertThat(guarded.keySet()).as("the cells whose type change is guarded, each with its rows here")
                    .isEqualTo(ROWS.keySet());

            List<String> catalogA = CatalogSnapshot.of(database);
            Set<String> appliedA = new MigrationWorkflow(atA).applied();
            for (Map.Entry<String, AlterColumn> cell : guarded.entrySet()) {
                String breaks = ROWS.get(cell.getKey()).breaks();
                if (breaks != null) {
                    refused(database, atB, cell.getValue(), breaks, directory);
                    assertThat(CatalogSnapshot.of(database)).as("catalog after %s was refused", cell.getKey())
                            .isEqualTo(catalogA);
                    assertThat(new MigrationWorkflow(atB).applied()).isEqualTo(appliedA);
                }
            }

            Map<String, String> inA = new LinkedHashMap<>();
            guarded.forEach((id, alter) -> {
                if (ROWS.get(id).fits() != null) {
                    database.execute(insert(alter, ROWS.get(id).fits()));
                    inA.put(id, value(database, alter));
                }
            });
            new MigrationWorkflow(atB).upgrade("head", false, MigrationEvents.SILENT);
            inA.keySet().forEach(id -> assertThat(value(database, guarded.get(id))).as("%s in B", id)
                    .isEqualTo(text(database, ROWS.get(id).inB(), guarded.get(id).to().type())));
            new MigrationWorkflow(atB).downgrade("-1", false, MigrationEvents.SILENT);
            inA.forEach((id, value) -> assertThat(value(database, guarded.get(id))).as("%s back in A", id)
                    .isEqualTo(value));
        }
    }

    /** Inserts the row, upgrades to B, expects the failure naming the column, and deletes the row. */
    private static void refused(TestDatabase database, Project atB, AlterColumn alter, String breaks, Path project) {
        database.execute(insert(alter, breaks));
        String before = value(database, alter);
        try {
            new MigrationWorkflow(atB).upgrade("head", false, MigrationEvents.SILENT);
            fail("the upgrade with " + breaks + " in " + alter.table() + ".v (" + alter.from().type() + " to "
                    + alter.to().type() + ") did not fail");
        } catch (Exception refused) {
            assertThat(UserMessage.of(refused, project)).as("%s = %s", alter.table(), breaks)
                    .contains(": ERROR: retort: column " + alter.table() + ".v: ")
                    .contains("rolled back; the database stays at");
        }
        assertThat(value(database, alter)).isEqualTo(before);
        database.execute("DELETE FROM " + alter.table());
    }

    /** The cells, by id, whose upgrade has a type change that is not a widening, with that change. */
    private static Map<String, AlterColumn> guardedCells(List<ConvergenceCase> cells, MigrationPlan plan) {
        Map<String, AlterColumn> guarded = new TreeMap<>();
        for (Operation operation : plan.upgrade().stream().map(change -> change.operation()).toList()) {
            if (operation instanceof AlterColumn alter && PostgresDestructiveness.destructive(alter)) {
                cells.stream().filter(c -> c.prefix().equals(alter.table().name())).findFirst()
                        .ifPresent(c -> guarded.put(c.id(), alter));
            }
        }
        return guarded;
    }

    private static String insert(AlterColumn alter, String value) {
        return "INSERT INTO " + alter.table() + " (id, v) VALUES (1, " + value + ")";
    }

    private static String value(TestDatabase database, AlterColumn alter) {
        return database.queryColumn("SELECT v::text FROM " + alter.table()).get(0);
    }

    private static String text(TestDatabase database, String sql, ColumnType type) {
        return database.queryColumn("SELECT (" + sql + ")::" + type.sql() + "::text").get(0);
    }
}
