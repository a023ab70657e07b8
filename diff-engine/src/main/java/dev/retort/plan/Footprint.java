package dev.retort.plan;

import java.util.LinkedHashSet;
import java.util.Set;

/** What one operation needs to exist while it runs, what it creates and what it removes. */
final class Footprint {
    final Set<Resource> consumes = new LinkedHashSet<>();
    final Set<Resource> produces = new LinkedHashSet<>();
    final Set<Resource> destroys = new LinkedHashSet<>();

    /** The same footprint with creation and removal swapped: the footprint of the inverse operation. */
    Footprint inverted() {
        Footprint inverse = new Footprint();
        inverse.consumes.addAll(consumes);
        inverse.produces.addAll(destroys);
        inverse.destroys.addAll(produces);
        return inverse;
    }
}
