package dev.retort.convergence;

import java.util.List;

/**
 * The entity every run holds in both models, unchanged: it keeps a model from being empty when its only case maps
 * nothing on one side, and it collects whatever no case owns (an operation or catalog line that names no case is
 * a failure of the run, charged to the anchor).
 */
final class Anchor {

    private static final String SOURCE = """
            @Entity
            @Table(name = "$t")
            class $P {
                @Id
                Long id;

                String name;
            }
            """;

    static final ConvergenceCase CASE = new ConvergenceCase("anchor", "anchor", "m_anchor", "an unchanged entity",
            "the same entity", SOURCE, SOURCE, List.of(), null);

    private Anchor() {
    }
}
