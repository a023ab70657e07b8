package dev.retort.convergence;

import java.util.ArrayList;
import java.util.List;

/**
 * Declares the cases of one mapping shape. Its states are Java sources under
 * {@code dev/retort/convergence/mapping/<folder>/<state>.java.tmpl} (several top-level classes each, named
 * {@code $P_...} with tables {@code $t_...}). Each case runs both ways: adding a shape is also removing it,
 * a change from one state to another is also the change back.
 */
final class MappingShape {

    private static final String NOTHING = "(nothing)";

    private final String family;
    private final String folder;
    private final String idPrefix;
    private final List<ConvergenceCase> cases = new ArrayList<>();

    MappingShape(String family, String folder, String idPrefix) {
        this.family = family;
        this.folder = folder;
        this.idPrefix = idPrefix;
    }

    /** Model A maps nothing of the shape, model B maps it in {@code state}; back again is its removal. */
    MappingShape add(String state, String... expected) {
        return add(idPrefix + "_add_" + state, "", NOTHING, state, expected);
    }

    /** A change from one state to another, and back. */
    MappingShape change(String id, String from, String to, String... expected) {
        return add(idPrefix + "_" + id, source(from), folder + "/" + from, to, expected);
    }

    /** Two states that must map to the very same schema: nothing to do either way. */
    MappingShape same(String id, String from, String to) {
        return change(id, from, to);
    }

    /**
     * The way back of the last change un-names a constraint the mapping named: no rename is written (a name nobody
     * chose is not intent), the database keeps the stated name.
     */
    MappingShape keepsTheNameWhenUnnamed() {
        cases.set(cases.size() - 1, cases.get(cases.size() - 1).keepingTheName());
        return this;
    }

    /** Marks the last case (both ways) as supported with a caveat a user should know. */
    MappingShape caveat(String caveat) {
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

    private MappingShape add(String id, String sourceA, String from, String to, String... expected) {
        ConvergenceCase forward = new ConvergenceCase(id, family, "p_" + id, from, folder + "/" + to, sourceA,
                source(to), List.of(expected), null);
        cases.add(forward);
        cases.add(forward.reversed());
        return this;
    }

    private String source(String state) {
        return ModelCompiler.resource("mapping/" + folder + "/" + state + ".java.tmpl");
    }
}
