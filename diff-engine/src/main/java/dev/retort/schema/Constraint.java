package dev.retort.schema;

import java.util.List;

/**
 * A table constraint. Constraints pair across the two sides of a comparison by {@link #pairingKey()} (what
 * they constrain), never by name, so a generated name on one side does not make a difference.
 */
public sealed interface Constraint permits PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey {

    /** The constraint name; {@code null} only before normalization, meaning "let the database choose". */
    String name();

    /** The constrained columns of the owning table, in constraint order (may be empty for a check). */
    List<String> columns();

    /** What the constraint is: everything but the name, as the database prints it. */
    String signature();

    /**
     * Identity for pairing: the {@link #signature()}, unless two spellings of it mean the same constraint (a check's
     * operands of AND in another order).
     */
    default String pairingKey() {
        return signature();
    }

    /** A copy of this constraint under another name. */
    Constraint withName(String newName);

    /** A short human word for the kind: "primary key", "unique constraint", ... */
    String kind();
}
