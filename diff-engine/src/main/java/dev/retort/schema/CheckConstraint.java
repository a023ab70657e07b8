package dev.retort.schema;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A check constraint.
 *
 * @param expression the boolean expression, parenthesised as the database prints it after {@code CHECK}
 * @param columns    the table columns the expression reads, as the catalog records them, sorted by name (the
 *                   catalog's attribute order changes when a column is dropped and added back); empty when
 *                   unknown (before normalization). Used for ordering (a check must go before its columns) and
 *                   for what goes with a dropped column, not for pairing.
 */
public record CheckConstraint(String name, String expression, List<String> columns) implements Constraint {

    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
        expression = expression.strip();
        columns = List.copyOf(new TreeSet<>(columns));
    }

    public static CheckConstraint of(String name, String expression) {
        return new CheckConstraint(name, expression, List.of());
    }

    @Override
    public String signature() {
        return "check " + expression;
    }

    /**
     * The signature with the top-level operands of AND sorted: Hibernate joins the checks Bean Validation's
     * {@code @Min} and {@code @Max} make of one column in the order of a hash set, which changes from one JVM run to
     * the next, so a database its DDL built holds either order.
     */
    @Override
    public String pairingKey() {
        return "check " + CheckConjuncts.sorted(expression);
    }

    @Override
    public CheckConstraint withName(String newName) {
        return new CheckConstraint(Objects.requireNonNull(newName), expression, columns);
    }

    @Override
    public String kind() {
        return "check constraint";
    }
}
