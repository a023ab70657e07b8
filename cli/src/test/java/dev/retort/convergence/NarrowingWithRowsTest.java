package dev.retort.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promise for a narrowing type change, tried with rows, one kind of narrowing at a time, through the
 * revision file autogenerate writes and the upgrade that runs it: rows that do not fit make the revision fail with
 * the guard's message naming the column (and how many rows would change, where the value converts but not
 * unchanged), and leave the table as it was, type and values; rows that fit go through with their values
 * unchanged.
 */
class NarrowingWithRowsTest {

    @TempDir
    static Path work;

    /** Daylight saving: the repeated autumn hour is where timestamptz to timestamp loses an instant. */
    private static final String ZONE = "Europe/Berlin";

    /**
     * One kind of narrowing: the field in model A and in model B, values (SQL) of A's type, and what the guard says.
     *
     * @param fits      values that B's type holds unchanged
     * @param fitsInB   how they read (as text) once the column has B's type
     * @param breaks    values that would change or do not convert
     * @param complaint the guard's message after {@code retort: column public.<table>.v: }
     */
    record Kind(String table, String fieldA, String fieldB, List<String> fits, List<String> fitsInB,
                List<String> breaks, String complaint) {

        String entity() {
            return "Nw" + List.of(table.split("_")).stream().skip(1)
                    .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                    .collect(Collectors.joining());
        }

        String body(boolean stateA) {
            return "@Entity @Table(name = \"" + table + "\")\npublic class " + entity() + " {\n    @Id Long id;\n    "
                    + (stateA ? fieldA : fieldB) + " v;\n}\n";
        }
    }

    private static String changes(int rows, String from, String to) {
        return rows + " row(s) would change converting " + from + " to " + to;
    }

    private static final String TIMESTAMP = "timestamp(6) without time zone";

    static final List<Kind> KINDS = List.of(
            new Kind("nw_varchar_shorter", "@Column(length = 100) String", "@Column(length = 10) String",
                    List.of("'fits'", "repeat('x', 10)"), List.of("fits", "xxxxxxxxxx"),
                    List.of("repeat('x', 11)", "repeat('y', 100)"),
                    changes(2, "character varying(100)", "character varying(10)")),
            new Kind("nw_text_varchar", "@Column(columnDefinition = \"text\") String", "@Column(length = 10) String",
                    List.of("'fits'", "repeat('x', 10)"), List.of("fits", "xxxxxxxxxx"),
                    List.of("repeat('x', 11)", "repeat('y', 1000)"),
                    changes(2, "text", "character varying(10)")),
            new Kind("nw_numeric_scale", "@Column(precision = 12, scale = 4) BigDecimal",
                    "@Column(precision = 12, scale = 2) BigDecimal",
                    List.of("42.5000", "-0.0100"), List.of("42.50", "-0.01"),
                    List.of("42.1234", "0.0050"), changes(2, "numeric(12,4)", "numeric(12,2)")),
            new Kind("nw_numeric_precision", "@Column(precision = 12, scale = 2) BigDecimal",
                    "@Column(precision = 6, scale = 2) BigDecimal",
                    List.of("9999.99", "-9999.99"), List.of("9999.99", "-9999.99"),
                    List.of("10000.00", "1234567890.12"),
                    "a value does not convert to numeric(6,2) (numeric field overflow)"),
            new Kind("nw_bigint_integer", "Long", "Integer",
                    List.of("2147483647", "-2147483648"), List.of("2147483647", "-2147483648"),
                    List.of("2147483648", "5000000000"),
                    "a value does not convert to integer (integer out of range)"),
            new Kind("nw_integer_smallint", "Integer", "Short",
                    List.of("32767", "-32768"), List.of("32767", "-32768"), List.of("32768", "-40000"),
                    "a value does not convert to smallint (smallint out of range)"),
            new Kind("nw_timestamp_date", "LocalDateTime", "LocalDate",
                    List.of("'2024-02-29 00:00'", "'1999-12-31 00:00'"), List.of("2024-02-29", "1999-12-31"),
                    List.of("'2024-02-29 10:30'", "'1999-12-31 00:00:00.000001'"),
                    changes(2, TIMESTAMP, "date")),
            // 02:30 on 27 October 2024 happened twice in Berlin; as a timestamp it is one of the two instants.
            new Kind("nw_timestamptz_timestamp", "OffsetDateTime", "LocalDateTime",
                    List.of("'2024-02-29 10:30+01'", "'2024-10-27 03:30+01'"),
                    List.of("2024-02-29 10:30:00", "2024-10-27 03:30:00"),
                    List.of("'2024-10-27 02:30+02'", "'2024-10-27 02:30+01'"),
                    changes(1, "timestamp(6) with time zone", TIMESTAMP)),
            new Kind("nw_double_real", "Double", "Float",
                    List.of("1.25", "-0.5"), List.of("1.25", "-0.5"), List.of("1.2345678901234", "0.1"),
                    changes(2, "double precision", "real")),
            new Kind("nw_varchar_integer", "String", "Integer",
                    List.of("'42'", "'-7'"), List.of("42", "-7"), List.of("'0042'", "' 42'"),
                    changes(2, "character varying(255)", "integer")),
            new Kind("nw_varchar_integer_words", "String", "Integer",
                    List.of("'42'"), List.of("42"), List.of("'forty-two'"),
                    "a value does not convert to integer (invalid input syntax for type integer: \"forty-two\")"));

    @Test
    void rowsThatDoNotFitFailTheRevisionNamingColumnAndCountAndLeaveTheTableAsItWasRowsThatFitKeepTheirValues()
            throws Exception {
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZONE)); // the driver gives each session the JVM's zone
        try (TestDatabase database = PostgresServer.get().createDatabase()) {
            Path directory = Files.createDirectories(work.resolve("project/migrations/versions")).getParent()
                    .getParent();
            Project atA = ConvergenceRun.project(directory, database, compile(true));
            Project atB = ConvergenceRun.project(directory, database, compile(false));
            new RevisionWorkflow(atA, Clock.systemUTC()).autogenerate("a", StepListener.SILENT);
            new MigrationWorkflow(atA).upgrade("head", false, MigrationEvents.SILENT);
            new RevisionWorkflow(atB, Clock.systemUTC()).autogenerate("b", StepListener.SILENT);

            for (Kind kind : KINDS) {
                insert(database, kind, kind.fits());
                insert(database, kind, kind.breaks());
                String typeBefore = type(database, kind);
                List<String> valuesBefore = values(database, kind);
                try {
                    new MigrationWorkflow(atB).upgrade("head", false, MigrationEvents.SILENT);
                    fail("the upgrade with " + kind.breaks() + " in " + kind.table() + " did not fail");
                } catch (Exception refused) {
                    assertThat(UserMessage.of(refused, directory)).as(kind.table())
                            .contains(": ERROR: retort: column public." + kind.table() + ".v: " + kind.complaint())
                            .contains("rolled back; the database stays at");
                }
                assertThat(type(database, kind)).as("type of %s", kind.table()).isEqualTo(typeBefore);
                assertThat(values(database, kind)).as("rows of %s", kind.table()).isEqualTo(valuesBefore);
                database.execute("DELETE FROM " + kind.table());
            }

            Map<Kind, List<String>> inA = new LinkedHashMap<>();
            Map<Kind, String> typeInA = new LinkedHashMap<>();
            for (Kind kind : KINDS) {
                insert(database, kind, kind.fits());
                inA.put(kind, values(database, kind));
                typeInA.put(kind, type(database, kind));
            }
            new MigrationWorkflow(atB).upgrade("head", false, MigrationEvents.SILENT);
            for (Kind kind : KINDS) {
                assertThat(type(database, kind)).as("type of %s", kind.table()).isNotEqualTo(typeInA.get(kind));
                assertThat(values(database, kind)).as("rows of %s in B", kind.table()).isEqualTo(kind.fitsInB());
            }
            new MigrationWorkflow(atB).downgrade("-1", false, MigrationEvents.SILENT);
            inA.forEach((kind, values) -> assertThat(values(database, kind)).as("rows of %s back in A", kind.table())
                    .isEqualTo(values));
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    private static Path compile(boolean stateA) {
        Map<String, String> bodies = new LinkedHashMap<>();
        KINDS.forEach(kind -> bodies.put(kind.entity(), kind.body(stateA)));
        String state = stateA ? "a" : "b";
        return ModelCompiler.compile(bodies, work.resolve("src-" + state), work.resolve("classes-" + state));
    }

    /** Rows numbered from 1 in the order given, after the rows already there. */
    private static void insert(TestDatabase database, Kind kind, List<String> values) {
        int first = Integer.parseInt(database.queryColumn("SELECT count(*) FROM " + kind.table()).get(0)) + 1;
        for (int i = 0; i < values.size(); i++) {
            database.execute("INSERT INTO " + kind.table() + " (id, v) VALUES (" + (first + i) + ", " + values.get(i)
                    + ")");
        }
    }

    private static List<String> values(TestDatabase database, Kind kind) {
        return database.queryColumn("SELECT v::text FROM " + kind.table() + " ORDER BY id");
    }

    private static String type(TestDatabase database, Kind kind) {
        return database.queryColumn("SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = '"
                + kind.table() + "'::regclass AND attname = 'v'").get(0);
    }
}
