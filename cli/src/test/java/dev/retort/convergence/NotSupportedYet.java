package dev.retort.convergence;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The one place that lists the cases retort does not support yet, each with why. A listed case must still fail
 * (when it starts to converge the test fails until it is taken off the list); a case that fails and is not listed
 * fails the test. The report prints the list with the message a user sees. Listed cases run one by one, so that
 * a failing step does not hide how the others fare.
 */
final class NotSupportedYet {

    private static final String NATIVE_ENUM = "native PostgreSQL enum types (@JdbcType(PostgreSQLEnumJdbcType.class)) "
            + "are not modelled: the scan's column type names a type nobody creates";
    private static final String NO_CAST = "PostgreSQL has no cast between the two types: the ALTER COLUMN ... TYPE ... "
            + "USING v::<type> that retort writes fails; it would need a USING expression or a drop and add";

    private static final String OTHER_SCHEMA = "only the default schema and the schemas the entities name are read: "
            + "when the last entity leaves a schema, its tables (and the schema) are never seen again, so they are "
            + "neither dropped nor reported";

    static final Map<String, String> CASES = Map.ofEntries(
            entry("str_collate", "a COLLATE in columnDefinition is neither created nor compared (the column model has "
                    + "no collation): the upgrade does nothing and check finds nothing"),
            entry("str_collate_r", "a COLLATE in columnDefinition is neither created nor compared (the column model "
                    + "has no collation)"),
            entry("feat_generated_column", "@GeneratedColumn is neither created nor compared (the column model has no "
                    + "generation expression): the column stays a plain column"),
            entry("feat_generated_column_r", "@GeneratedColumn is not created: model A's column is a plain column"),
            entry("time_duration_interval", NO_CAST + " (numeric to interval)"),
            entry("time_duration_interval_r", NO_CAST + " (interval to numeric)"),
            entry("bin_bytes_lob", NO_CAST + " (bytea to oid)"),
            entry("bin_bytes_lob_r", NO_CAST + " (oid to bytea)"),
            entry("cast_long_instant", NO_CAST + " (bigint to timestamp with time zone)"),
            entry("cast_long_instant_r", NO_CAST + " (timestamp with time zone to bigint)"),
            entry("cast_uuid_bytes", NO_CAST + " (uuid to bytea)"),
            entry("cast_uuid_bytes_r", NO_CAST + " (bytea to uuid)"),
            entry("enum_native_add", NATIVE_ENUM),
            entry("enum_native_add_r", NATIVE_ENUM),
            entry("enum_native_add_value", NATIVE_ENUM),
            entry("enum_native_add_value_r", NATIVE_ENUM + "; and PostgreSQL cannot drop a value of an enum type"),
            entry("enum_native_notnull", NATIVE_ENUM),
            entry("enum_native_notnull_r", NATIVE_ENUM),
            entry("enum_string_native", NATIVE_ENUM),
            entry("enum_string_native_r", NATIVE_ENUM),
            entry("sch_add_other_r", OTHER_SCHEMA),
            entry("sch_move_r", OTHER_SCHEMA),
            entry("sch_add_other_related_r", OTHER_SCHEMA + "; here the upgrade even fails: the public table it drops "
                    + "is still referenced from the unread schema"));

    private NotSupportedYet() {
    }

    static boolean lists(String caseId) {
        return CASES.containsKey(caseId);
    }

    static String reason(String caseId) {
        return CASES.get(caseId);
    }
}
