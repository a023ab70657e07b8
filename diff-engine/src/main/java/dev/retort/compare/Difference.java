package dev.retort.compare;

import dev.retort.schema.ObjectPath;
import java.util.Objects;

/**
 * One way in which the database differs from the entities: where, which aspect, the database's value
 * ({@code from}), the entities' value ({@code to}) and a sentence a human can act on. {@code check} and the
 * revision file print these, so that a surprising difference can be understood in one look. Its category is what a
 * configuration names to decide whether such differences are applied, reported or ignored.
 *
 * @param from the database's value, {@code null} when absent there
 * @param to   the entities' value, {@code null} when absent there
 */
public record Difference(ObjectPath path, Aspect aspect, String from, String to, String reason, Category category) {

    public Difference {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(category, "category");
    }

    /**
     * One line: {@code column public.customer.email: type character varying(80) -> character varying(120) (reason)
     * [column.type]}, or for an object on one side only
     * {@code table public.orders: in the entities, not in the database [table.missing]}.
     */
    public String describe() {
        String subject = path.kind().label() + " " + path + ": ";
        if (aspect == Aspect.PRESENCE || aspect == Aspect.SUPPORT || aspect == Aspect.DEPENDENCY) {
            return subject + reason + " [" + category.key() + "]";
        }
        return subject + aspect.label() + " " + show(from) + " -> " + show(to) + " (" + reason + ") [" + category.key()
                + "]";
    }

    private static String show(String value) {
        return value == null ? "none" : value;
    }
}
