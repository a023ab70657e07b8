package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresIdentifiers.literal;
import static dev.retort.dialect.postgresql.PostgresIdentifiers.qualified;
import static dev.retort.dialect.postgresql.PostgresIdentifiers.quote;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.ColumnAspect;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ObjectPath;
import java.util.Optional;

/**
 * The statement that goes right before a type change PostgreSQL may not carry out losslessly. PostgreSQL's
 * explicit casts cut strings ({@code varchar(300)} to {@code varchar(255)}, {@code jsonb} to {@code varchar(n)}),
 * round numbers ({@code numeric(12,2)} to {@code numeric(12,0)}) and drop the time of a timestamp made a date,
 * and exit 0. The guard is a {@code DO} block that locks the table (so no row changes between the check and the
 * conversion), counts the rows whose value does not survive the conversion, and raises an error naming the
 * column when there is one; a value that does not convert at all (an overflow, an integer out of range) raises
 * one naming the column too. The revision runs in one transaction, so the failure rolls it back whole.
 *
 * <p>A value survives when its text is unchanged. For a character target the new value is its text, so the two
 * texts are compared; for any other target the new value is converted back to the old type the way the
 * downgrade would (PostgreSQL prints {@code 11} for {@code 10.50} made {@code numeric(12,0)}, and {@code 11.00}
 * once made {@code numeric(12,2)} again), which is what lets a timestamp at midnight become a date. Text is the
 * one comparison every type has ({@code json} has no equality operator). A new value that does not read back as
 * one of the old type (an oid made bytes) is reported as a value that does not convert: it does not survive.
 */
final class NarrowingGuard {

    private static final String TAG = "$retort$";

    private NarrowingGuard() {
    }

    /** The guard for this change, or nothing when its type stays or the new type holds every old value. */
    static Optional<String> of(AlterColumn op) {
        ColumnType from = op.from().type();
        ColumnType to = op.to().type();
        if (!op.changes(ColumnAspect.TYPE) || PostgresTypeWidening.INSTANCE.widens(to, from)) {
            return Optional.empty();
        }
        String column = quote(op.to().name());
        String converted = PostgresCasts.conversion(column, from, to);
        String survivor = PostgresCasts.isCharacter(to) ? converted
                : PostgresCasts.conversion("(" + converted + ")", to, from);
        String subject = "retort: column " + ObjectPath.column(op.table(), op.to().name()) + ": ";
        String body = """

                #variable_conflict use_column
                DECLARE
                    changed bigint;
                BEGIN
                    LOCK TABLE %1$s IN ACCESS EXCLUSIVE MODE;
                    BEGIN
                        SELECT count(*) INTO changed FROM %1$s
                        WHERE (%2$s)::text IS DISTINCT FROM (%3$s)::text;
                    EXCEPTION WHEN others THEN
                        RAISE EXCEPTION USING ERRCODE = SQLSTATE,
                            MESSAGE = %4$s || SQLERRM || ')',
                            HINT = %6$s;
                    END;
                    IF changed > 0 THEN
                        RAISE EXCEPTION USING ERRCODE = 'data_exception',
                            MESSAGE = %5$s || changed || %7$s,
                            HINT = %6$s;
                    END IF;
                END
                """.formatted(qualified(op.table()), column, survivor,
                literal(subject + "a value does not convert to " + to + " ("),
                literal(subject),
                literal("change or delete those rows first, or delete this DO block from the revision to accept "
                        + "the change"),
                literal(" row(s) would change converting " + from + " to " + to));
        String tag = tagNotIn(body);
        return Optional.of("DO " + tag + body + tag);
    }

    /** {@code $retort$}, or {@code $retort1$}, ... when a name in the body holds it (a column {@code a$retort$}). */
    private static String tagNotIn(String body) {
        String tag = TAG;
        for (int i = 1; body.contains(tag); i++) {
            tag = "$retort" + i + "$";
        }
        return tag;
    }
}
