package dev.retort.convergence;

import static dev.retort.convergence.Expect.addCheck;
import static dev.retort.convergence.Expect.addColumn;
import static dev.retort.convergence.Expect.alter;
import static dev.retort.convergence.Expect.dropCheck;

import java.util.List;

/** Matrix cells of {@code boolean} (with Hibernate's converters) and of the {@code java.time} types. */
final class BooleanAndTemporalCells {

    private BooleanAndTemporalCells() {
    }

    static List<ConvergenceCase> booleans() {
        return new FieldFamily("boolean", "bool")
                .change("wrapper", "boolean v;", "Boolean v;", alter("nullability"))
                .change("default", "Boolean v;", "@ColumnDefault(\"true\") Boolean v;", alter("default"))
                .change("default_change", "@ColumnDefault(\"false\") boolean v;", "@ColumnDefault(\"true\") boolean v;",
                        alter("default"))
                .change("notnull", "Boolean v;", "@Column(nullable = false) Boolean v;", alter("nullability"))
                .change("yes_no", "Boolean v;", "@Convert(converter = YesNoConverter.class) Boolean v;",
                        alter("type"), addCheck("v"))
                .change("numeric", "Boolean v;", "@Convert(converter = NumericBooleanConverter.class) Boolean v;",
                        alter("type"), addCheck("v"))
                .change("yes_no_true_false", "@Convert(converter = YesNoConverter.class) Boolean v;",
                        "@Convert(converter = TrueFalseConverter.class) Boolean v;", dropCheck("v"), addCheck("v"))
                .change("add", "", "boolean v;", addColumn("v"))
                .change("add_yes_no", "", "@Convert(converter = YesNoConverter.class) Boolean v;", addColumn("v"),
                        addCheck("v"))
                .cases();
    }

    static List<ConvergenceCase> temporals() {
        return new FieldFamily("java.time", "time")
                .change("date_datetime", "LocalDate v;", "LocalDateTime v;", alter("type"))
                .change("datetime_instant", "LocalDateTime v;", "Instant v;", alter("type"))
                .caveat("timestamp to timestamptz reads existing values in the session's time zone")
                .change("fraction", "Instant v;", "@FractionalSeconds(3) Instant v;", alter("type"))
                .change("time_fraction", "LocalTime v;", "@FractionalSeconds(6) LocalTime v;", alter("type"))
                .change("date_notnull", "LocalDate v;", "@Column(nullable = false) LocalDate v;",
                        alter("nullability"))
                .change("date_default", "LocalDate v;", "@ColumnDefault(\"'2020-01-01'\") LocalDate v;",
                        alter("default"))
                .change("now_default", "LocalDateTime v;", "@ColumnDefault(\"CURRENT_TIMESTAMP\") LocalDateTime v;",
                        alter("default"))
                .change("now_function_default", "Instant v;", "@ColumnDefault(\"now()\") Instant v;",
                        alter("default"))
                .change("comment", "OffsetDateTime v;", "@Comment(\"when\") OffsetDateTime v;", alter("comment"))
                .change("duration_interval", "Duration v;",
                        "@JdbcTypeCode(SqlTypes.INTERVAL_SECOND) Duration v;", alter("type"))
                .change("zone_column", "OffsetDateTime v;",
                        "@TimeZoneStorage(TimeZoneStorageType.COLUMN) OffsetDateTime v;", addColumn("v_tz"))
                .change("add_instant", "", "Instant v;", addColumn("v"))
                .change("add_duration", "", "Duration v;", addColumn("v"))
                .change("add_zoned", "", "@Column(nullable = false) ZonedDateTime v;", addColumn("v"))
                .same("same_instant_offset", "Instant v;", "OffsetDateTime v;")
                .same("same_offset_zoned", "OffsetDateTime v;", "ZonedDateTime v;")
                .same("same_util_date", "java.util.Date v;", "LocalDateTime v;")
                .same("same_year", "Year v;", "Integer v;")
                .same("same_fraction6", "Instant v;", "@FractionalSeconds(6) Instant v;")
                .cases();
    }
}
