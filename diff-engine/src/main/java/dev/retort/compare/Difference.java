package dev.retort.compare;

import dev.retort.schema.ObjectKind;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;

/**
 * One way in which the database differs from the entities: where, which aspect, the database's value
 * ({@code from}), the entities' value ({@code to}) and a sentence a human can act on. {@code check} and the
 * revision file print these, so that a surprising difference can be understood in one look. Its category is what a
 * configuration names to decide whether such differences are applied, reported or ignored; its cause is what the
 * revision history says about it.
 *
 * @param from        the database's value, {@code null} when absent there
 * @param to          the entities' value, {@code null} when absent there
 * @param identity    what the object is, independent of its name where names do not identify (a constraint's or an
 *                    index's signature), else the path's member: two comparisons of the same table find the same
 *                    difference under the same {@link #key()}
 * @param describable whether the entities could say this at all: a partial index, a view or a deferrable foreign
 *                    key is beyond any mapping, so the entities not having it is no sign of a change
 */
public record Difference(ObjectPath path, Aspect aspect, String from, String to, String reason, Category category,
                         String identity, boolean describable, Cause cause) {

    public Difference {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(cause, "cause");
    }

    public Difference(ObjectPath path, Aspect aspect, String from, String to, String reason, Category category) {
        this(path, aspect, from, to, reason, category, path.member(), true, Cause.NO_HISTORY);
    }

    /** The same difference found by another comparison of the same objects has the same key. */
    public record Key(ObjectKind kind, QualifiedName owner, String identity, Aspect aspect) {
    }

    public Key key() {
        return new Key(path.kind(), path.owner(), identity, aspect);
    }

    public Difference withIdentity(String newIdentity) {
        return new Difference(path, aspect, from, to, reason, category, newIdentity, describable, cause);
    }

    /** This difference, marked as one no mapping could express. */
    public Difference beyondEntities() {
        return new Difference(path, aspect, from, to, reason, category, identity, false, cause);
    }

    public Difference withCause(Cause newCause) {
        return new Difference(path, aspect, from, to, reason, category, identity, describable, newCause);
    }

    /**
     * One line: {@code column public.customer.email: type character varying(80) -> character varying(120) (reason)
     * [column.type]}, or for an object on one side only
     * {@code table public.orders: in the entities, not in the database [table.missing]}. Drift says so:
     * {@code [index.extra, drift]}.
     */
    public String describe() {
        String subject = path.kind().label() + " " + path + ": ";
        String kind = " [" + category.key() + (cause == Cause.DRIFT ? ", drift" : "") + "]";
        if (aspect == Aspect.PRESENCE || aspect == Aspect.SUPPORT || aspect == Aspect.DEPENDENCY) {
            return subject + reason + kind;
        }
        return subject + aspect.label() + " " + show(from) + " -> " + show(to) + " (" + reason + ")" + kind;
    }

    private static String show(String value) {
        return value == null ? "none" : value;
    }
}
