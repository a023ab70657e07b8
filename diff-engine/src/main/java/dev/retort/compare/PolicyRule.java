package dev.retort.compare;

import dev.retort.compare.Category.Action;
import java.util.Objects;

/**
 * One statement of intent: differences of this category, on objects matching the pattern (all objects when it
 * is {@code null}), get this action.
 */
public record PolicyRule(Category category, NamePattern pattern, Action action) {

    public PolicyRule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
        if (action == Action.APPLY && !category.canApply()) {
            throw new IllegalArgumentException(category.key() + " can be reported or ignored, not applied");
        }
    }

    /** How specific the rule is: a named pattern beats none, a longer literal part beats a shorter one. */
    int specificity() {
        return pattern == null ? -1 : pattern.literalLength();
    }
}
