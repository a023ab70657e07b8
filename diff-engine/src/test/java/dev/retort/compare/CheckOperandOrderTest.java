package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.AddConstraint;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A check is the same constraint whatever the order of its operands of AND: Hibernate joins Bean Validation's
 * {@code @Min} and {@code @Max} of one column in hash-set order, so the application's DDL and retort's scan of
 * the same entity may spell it either way. The spellings are PostgreSQL's own ({@code pg_get_constraintdef}).
 */
@ExtendWith(PostgresExtension.class)
class CheckOperandOrderTest {

    private static final QualifiedName MEMBER = QualifiedName.of("public", "member");

    @Test
    void theSameOperandsInAnotherOrderAreNoDifference(TestDatabase database) {
        List<String> printed = printed(database, "age >= 0 and age <= 150", "age <= 150 and age >= 0",
                "age >= 0 and age <= 149", "note <> 'x AND y' and age >= 0", "age >= 0 and note <> 'x AND y'",
                "age between 0 and 150", "age >= 0 and (age <= 150 and age <> 7)", "age <> 7 and age >= 0 and age <= 150");
        assertThat(printed.get(0)).as("PostgreSQL keeps the order it was given").isNotEqualTo(printed.get(1));

        assertThat(compare(printed.get(0), printed.get(1)).differences()).isEmpty();
        assertThat(compare(printed.get(3), printed.get(4)).differences()).isEmpty();
        assertThat(compare(printed.get(6), printed.get(7)).differences()).as("nested ANDs flatten").isEmpty();
        assertThat(compare(printed.get(0), printed.get(5)).differences())
                .as("BETWEEN is printed as the two comparisons").isEmpty();
    }

    @Test
    void otherOperandsAreADifferentCheck(TestDatabase database) {
        List<String> printed = printed(database, "age >= 0 and age <= 150", "age >= 0 and age <= 149",
                "note <> 'x AND y' and age >= 0", "note <> 'x' and age >= 0");

        Comparison changed = compare(printed.get(0), printed.get(1));
        assertThat(changed.differences()).extracting(Difference::category).containsExactlyInAnyOrder(
                Category.CONSTRAINT_MISSING, Category.CONSTRAINT_EXTRA);
        assertThat(changed.changes()).extracting(Change::operation).singleElement().isInstanceOf(AddConstraint.class);
        assertThat(compare(printed.get(2), printed.get(3)).differences()).as("a quoted AND is not an operator")
                .isNotEmpty();
    }

    /** Each condition as PostgreSQL prints it after CHECK, as the reflector reads it. */
    private static List<String> printed(TestDatabase database, String... conditions) {
        StringBuilder columns = new StringBuilder("id bigint primary key, age integer, note text");
        for (int i = 0; i < conditions.length; i++) {
            columns.append(", constraint c").append(i).append(" check (").append(conditions[i]).append(')');
        }
        database.execute("CREATE TABLE member (" + columns + ")");
        return database.queryColumn("SELECT substring(pg_get_constraintdef(oid) FROM 7) FROM pg_constraint"
                + " WHERE conrelid = 'member'::regclass AND contype = 'c' ORDER BY substring(conname FROM 2)::int");
    }

    private static Comparison compare(String current, String target) {
        return SchemaComparator.compare(model(current), model(target), ComparePolicy.defaults(), TypeWidening.NONE);
    }

    private static SchemaModel model(String check) {
        Table table = Table.of(MEMBER, List.of(Column.of("id", "bigint", false), Column.of("age", "integer", true),
                Column.of("note", "text", true)), PrimaryKey.of("member_pkey", "id"))
                .withChecks(List.of(CheckConstraint.of("member_age_check", check)));
        return new SchemaModel(List.of("public"), List.of(table), List.of(), List.of());
    }
}
