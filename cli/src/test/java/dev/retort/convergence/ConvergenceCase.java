package dev.retort.convergence;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One case of the convergence property: a piece of entity model in state A and in state B, and the operations
 * that are exactly the true differences between the two. Everything the case maps is named after its
 * {@link #prefix()} (tables {@code m_string_len_100…}, classes {@code M_string_len_100…}, so also Hibernate's
 * default sequence and join table names), which is how the statements, differences and catalog lines of a run
 * that holds many cases are told apart.
 *
 * @param id         unique among all cases; the name the report and {@link NotSupportedYet} use
 * @param family     the group the report lists it under ({@code string}, {@code many-to-one}, ...)
 * @param from       what A says, as a short human description (a field declaration, or a shape's state)
 * @param to         what B says
 * @param sourceA    the Java declarations of state A, empty when A maps nothing here; {@code $P} stands for the
 *                   class prefix and {@code $t} for the table prefix
 * @param sourceB    the Java declarations of state B, with the same placeholders
 * @param expected   the operations autogenerate must produce for this case, as {@link OperationSummary} describes
 *                   them ({@code $t} for the table prefix), in any order
 * @param caveat     why the case is "supported with a caveat", {@code null} when it is simply supported
 * @param keepsNames B no longer states a name A stated: a name nobody chose is not intent, so the database keeps
 *                   the constraint under A's name, and B's catalog is held against Hibernate's up to that name
 */
record ConvergenceCase(String id, String family, String prefix, String from, String to, String sourceA,
                       String sourceB, List<String> expected, String caveat, boolean keepsNames) {

    ConvergenceCase(String id, String family, String prefix, String from, String to, String sourceA,
                    String sourceB, List<String> expected, String caveat) {
        this(id, family, prefix, from, to, sourceA, sourceB, expected, caveat, false);
    }

    ConvergenceCase {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9_]+") || prefix.length() > 40) {
            throw new IllegalArgumentException("case id " + id + ": lower case letters, digits and _ only, short");
        }
        expected = List.copyOf(expected);
    }

    /** The prefix of a case's class names: the table prefix with a capital first letter. */
    String classPrefix() {
        return prefix.substring(0, 1).toUpperCase(Locale.ROOT) + prefix.substring(1);
    }

    /** The same change the other way round: B to A, expecting the inverse operations. */
    ConvergenceCase reversed() {
        return new ConvergenceCase(id + "_r", family, prefix + "_r", to, from, sourceB, sourceA,
                expected.stream().map(OperationSummary::inverse).toList(), caveat);
    }

    /** This case with no operation expected: B leaves unnamed what A named, and the name stays (see keepsNames). */
    ConvergenceCase keepingTheName() {
        return new ConvergenceCase(id, family, prefix, from, to, sourceA, sourceB, List.of(), caveat, true);
    }

    /** State A's source with the placeholders resolved. */
    String resolvedA() {
        return resolve(sourceA);
    }

    String resolvedB() {
        return resolve(sourceB);
    }

    /** The expected operation summaries with the placeholders resolved, sorted. */
    List<String> resolvedExpected() {
        return expected.stream().map(this::resolve).sorted().toList();
    }

    private String resolve(String text) {
        return text.replace("$P", classPrefix()).replace("$t", prefix);
    }

    String title() {
        return from + "  ->  " + to;
    }
}
