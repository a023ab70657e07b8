package dev.retort.convergence;

import java.util.ArrayList;
import java.util.List;

/**
 * Declares the matrix cells of one family: each cell is one entity ({@code @Table(name = "m_<id>")}, an
 * {@code @Id Long id} and the cell's members) whose field {@code v} (or class annotations) change from A to B.
 * In the members and class annotations {@code $P} is the entity's class name and {@code $t} its table.
 * A change is declared once and runs both ways: A to B, and B to A expecting the inverse operations.
 */
final class FieldFamily {

    private static final String TEMPLATE = ModelCompiler.resource("field-entity.java.tmpl");
    private static final String ABSENT = "(no field)";

    private final String family;
    private final String idPrefix;
    private final List<ConvergenceCase> cases = new ArrayList<>();

    FieldFamily(String family, String idPrefix) {
        this.family = family;
        this.idPrefix = idPrefix;
    }

    /** A change of the members, run both ways. */
    FieldFamily change(String id, String from, String to, String... expected) {
        return entity(id, "", from, "", to, expected);
    }

    /** Two spellings that must map to the very same column: nothing to do either way. */
    FieldFamily same(String id, String from, String to) {
        return change(id, from, to);
    }

    /** A change of class annotations and members, run both ways. */
    FieldFamily entity(String id, String classAnnotationsA, String membersA, String classAnnotationsB,
                       String membersB, String... expected) {
        ConvergenceCase forward = new ConvergenceCase(idPrefix + "_" + id, family, "m_" + idPrefix + "_" + id,
                describe(classAnnotationsA, membersA), describe(classAnnotationsB, membersB),
                source(classAnnotationsA, membersA), source(classAnnotationsB, membersB), List.of(expected), null);
        cases.add(forward);
        cases.add(forward.reversed());
        return this;
    }

    /**
     * The way back of the last change un-names a constraint the mapping named: no rename is written (a name nobody
     * chose is not intent), the database keeps the stated name.
     */
    FieldFamily keepsTheNameWhenUnnamed() {
        cases.set(cases.size() - 1, cases.get(cases.size() - 1).keepingTheName());
        return this;
    }

    /** Marks the last change (both ways) as supported with a caveat a user should know. */
    FieldFamily caveat(String caveat) {
        for (int i = cases.size() - 2; i < cases.size(); i++) {
            ConvergenceCase c = cases.get(i);
            cases.set(i, new ConvergenceCase(c.id(), c.family(), c.prefix(), c.from(), c.to(), c.sourceA(),
                    c.sourceB(), c.expected(), caveat, c.keepsNames()));
        }
        return this;
    }

    List<ConvergenceCase> cases() {
        return List.copyOf(cases);
    }

    private static String describe(String classAnnotations, String members) {
        String text = (classAnnotations + " " + members).strip().replaceAll("\\s+", " ");
        return text.isEmpty() ? ABSENT : text;
    }

    /** The entity; its table is {@code $t} unless the class annotations bring their own {@code @Table}. */
    private static String source(String classAnnotations, String members) {
        String annotations = classAnnotations.contains("@Table(") ? classAnnotations
                : ("@Table(name = \"$t\")\n" + classAnnotations).strip();
        return TEMPLATE.replace("$classAnnotations", annotations).replace("$members", members);
    }
}
