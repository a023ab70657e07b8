package dev.retort.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.ColumnType;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each answer of {@link PostgresTypeWidening} held against PostgreSQL itself: where it says the wider type holds the
 * narrower's values, the narrower type's extreme values survive the trip there and back unchanged; where it says no,
 * one of them does not (or the two types hold the same).
 */
@ExtendWith(PostgresExtension.class)
class PostgresTypeWideningTest {

    /** Values at the edges of each narrower type, as SQL literals of it. */
    private static final Map<String, List<String>> EXTREMES = Map.ofEntries(
            Map.entry("smallint", List.of("-32768", "32767")),
            Map.entry("integer", List.of("-2147483648", "2147483647")),
            Map.entry("bigint", List.of("-9223372036854775808", "9223372036854775807")),
            Map.entry("real", List.of("3.4028235e38", "1.1754944e-38", "0.1")),
            Map.entry("double precision", List.of("1.7976931348623157e308", "0.1")),
            Map.entry("numeric(5,2)", List.of("999.99", "-999.99", "0.01")),
            Map.entry("numeric", List.of("123456789012345678901234567890.123456789")),
            Map.entry("character varying(100)", List.of("repeat('x', 100)")),
            Map.entry("character varying(200)", List.of("repeat('y', 200)")),
            Map.entry("text", List.of("repeat('z', 1000)")),
            Map.entry("character varying", List.of("repeat('w', 10000)")),
            Map.entry("timestamp(3) without time zone", List.of("'2024-02-29 23:59:59.999'")),
            Map.entry("timestamp(6) without time zone", List.of("'2024-02-29 23:59:59.999999'")),
            Map.entry("date", List.of("'2024-02-29'", "'0001-01-01'")),
            Map.entry("integer[]", List.of("'{2147483647,-2147483648}'")),
            Map.entry("bigint[]", List.of("'{9223372036854775807}'")),
            Map.entry("character varying(50)[]", List.of("ARRAY[repeat('a', 50)]")));

    private record Case(String wide, String narrow, boolean widens) {
    }

    private static final List<Case> CASES = List.of(
            new Case("integer", "smallint", true),
            new Case("bigint", "integer", true),
            new Case("smallint", "integer", false),
            new Case("integer", "bigint", false),
            new Case("bigint", "smallint", true),
            new Case("smallint", "bigint", false),
            new Case("numeric(5,0)", "smallint", true),
            new Case("numeric(4,0)", "smallint", false),
            new Case("double precision", "real", true),
            new Case("real", "double precision", false),
            new Case("numeric(7,3)", "numeric(5,2)", true),
            new Case("numeric(5,3)", "numeric(5,2)", false),
            new Case("numeric", "numeric(5,2)", true),
            new Case("numeric(5,2)", "numeric", false),
            new Case("numeric", "bigint", true),
            new Case("numeric(10,0)", "integer", true),
            new Case("numeric(12,2)", "integer", true),
            new Case("numeric(9,0)", "integer", false),
            new Case("numeric(20,2)", "bigint", false),
            new Case("integer", "numeric(5,2)", false),
            new Case("text", "character varying(100)", true),
            new Case("character varying(200)", "character varying(100)", true),
            new Case("character varying(100)", "character varying(200)", false),
            new Case("character varying(100)", "text", false),
            new Case("character varying", "character varying(200)", true),
            new Case("character varying(200)", "character varying", false),
            new Case("timestamp(6) without time zone", "timestamp(3) without time zone", true),
            new Case("timestamp(3) without time zone", "timestamp(6) without time zone", false),
            new Case("timestamp without time zone", "date", true),
            new Case("date", "timestamp(6) without time zone", false),
            new Case("bigint[]", "integer[]", true),
            new Case("integer[]", "bigint[]", false),
            new Case("character varying(255)[]", "character varying(50)[]", true),
            new Case("integer", "integer[]", false));

    @Test
    void everyAnswerIsWhatPostgresqlDoesWithTheNarrowerTypesExtremeValues(TestDatabase database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (Case c : CASES) {
                boolean claimed = PostgresTypeWidening.INSTANCE.widens(ColumnType.of(c.wide()),
                        ColumnType.of(c.narrow()));
                assertThat(claimed).as("widens(%s, %s)", c.wide(), c.narrow()).isEqualTo(c.widens());
                assertThat(survives(statement, c)).as("the extremes of %s survive %s", c.narrow(), c.wide())
                        .isEqualTo(c.widens());
            }
        }
    }

    /** Whether every extreme value of the narrower type comes back unchanged from the wider one. */
    private static boolean survives(Statement statement, Case c) {
        List<String> values = EXTREMES.get(c.narrow());
        if (values == null) {
            throw new AssertionError("no extreme values for " + c.narrow());
        }
        for (String value : values) {
            String sql = "SELECT ((v::" + c.wide() + ")::" + c.narrow() + ")::text IS NOT DISTINCT FROM v::text"
                    + " FROM (SELECT (" + value + ")::" + c.narrow() + " AS v) AS extreme";
            try (ResultSet row = statement.executeQuery(sql)) {
                row.next();
                if (!row.getBoolean(1)) {
                    return false;
                }
            } catch (SQLException doesNotFit) {
                return false;
            }
        }
        return true;
    }
}
