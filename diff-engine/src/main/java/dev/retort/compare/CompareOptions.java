package dev.retort.compare;

import dev.retort.schema.MadeUpNames;
import java.util.Objects;

/**
 * Everything a comparison needs besides the two models: the configured rules, the dialect's answer on widening,
 * which of the entities' names nobody chose, and what the revision history says about each difference.
 */
public record CompareOptions(ComparePolicy policy, TypeWidening widening, MadeUpNames madeUpNames,
                             Attribution attribution) {

    public CompareOptions {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(widening, "widening");
        Objects.requireNonNull(madeUpNames, "madeUpNames");
        Objects.requireNonNull(attribution, "attribution");
    }

    /** A database nothing is known about: the kinds' conservative defaults, every name intent. */
    public static CompareOptions withoutHistory(ComparePolicy policy, TypeWidening widening) {
        return new CompareOptions(policy, widening, MadeUpNames.none(), Attribution.NO_HISTORY);
    }

    public CompareOptions with(Attribution newAttribution) {
        return new CompareOptions(policy, widening, madeUpNames, newAttribution);
    }

    public CompareOptions with(MadeUpNames newMadeUpNames) {
        return new CompareOptions(policy, widening, newMadeUpNames, attribution);
    }
}
