package dev.retort.convergence;

import dev.retort.testing.EquivalentSpellings;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one place that lists how a catalog retort made may differ from the catalog of Hibernate's own DDL and
 * still be the same schema. Each is a rewrite applied to the lines of both catalogs before they are compared;
 * a case whose comparison needed one carries a note naming it, and the report prints the list.
 */
final class HibernateDeviations {

    /** A known, equivalent difference: its name, why it is equivalent, and the rewrite to one spelling. */
    record Deviation(String name, String why, UnaryOperator<String> rewrite) {
    }

    static final List<Deviation> ALL = List.of(
            new Deviation("enum check spelling",
                    "Hibernate writes v in ('A','B'); PostgreSQL stores it as v::text = ANY ((ARRAY['A'::varchar, "
                            + "...])::text[]). retort writes the expression as it read it back from a scratch table, "
                            + "and PostgreSQL parses that into ARRAY[('A'::varchar)::text, ...]: the same check, "
                            + "printed differently",
                    EquivalentSpellings::castEachElement));

    private HibernateDeviations() {
    }
}
