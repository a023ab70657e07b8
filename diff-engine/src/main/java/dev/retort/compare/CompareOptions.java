package dev.retort.compare;

import dev.retort.schema.MadeUpNames;
import java.util.Objects;

/**
 * Everything a comparison needs besides the two models: the configured rules, the dialect's answer on widening,
 * which of the entities' names nobody chose, what the revision history says about each difference, and the renames
 * the developer declared.
 */
public record CompareOptions(ComparePolicy policy, TypeWidening widening, MadeUpNames madeUpNames,
                             Attribution attribution, Renames renames) {

    public CompareOptions {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(widening, "widening");
        Objects.requireNonNull(madeUpNames, "madeUpNames");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(renames, "renames");
    }

    /** Options without declared renames. */
    public CompareOptions(ComparePolicy policy, TypeWidening widening, MadeUpNames madeUpNames,
                          Attribution attribution) {
        this(policy, widening, madeUpNames, attribution, Renames.NONE);
    }

    /** A database nothing is known about: the kinds' conservative defaults, every name intent. */
    public static CompareOptions withoutHistory(ComparePolicy policy, TypeWidening widening) {
        return new CompareOptions(policy, widening, MadeUpNames.none(), Attribution.NO_HISTORY);
    }

    public CompareOptions with(Attribution newAttribution) {
        return new CompareOptions(policy, widening, madeUpNames, newAttribution, renames);
    }

    public CompareOptions with(MadeUpNames newMadeUpNames) {
        return new CompareOptions(policy, widening, newMadeUpNames, attribution, renames);
    }

    public CompareOptions with(Renames newRenames) {
        return new CompareOptions(policy, widening, madeUpNames, attribution, newRenames);
    }
}
