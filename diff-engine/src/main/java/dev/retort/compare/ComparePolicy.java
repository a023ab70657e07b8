package dev.retort.compare;

import dev.retort.compare.Category.Action;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What becomes of each difference — applied as SQL, reported, or ignored — by category and object name, and which
 * objects the comparison leaves out altogether (like Alembic's {@code include_object}: an ignored name is
 * invisible on both sides). The most specific matching rule wins (between equally specific ones, the one listed
 * first: {@code Stream.max} keeps the first of equals); without one, the difference's {@link Cause}
 * decides (see {@link Outcome}), and for a database without a history, the category's default action
 * ({@link Category#defaultAction()}).
 */
public record ComparePolicy(List<PolicyRule> rules, List<NamePattern> ignored) {

    public ComparePolicy {
        rules = List.copyOf(rules);
        ignored = List.copyOf(ignored);
    }

    public static ComparePolicy defaults() {
        return new ComparePolicy(List.of(), List.of());
    }

    /** The action of the most specific rule for this kind and object, else the kind's default. */
    public Action actionFor(Category category, ObjectPath path) {
        return ruleFor(category, path).orElse(category.defaultAction());
    }

    /** The action of the most specific configured rule for this kind and object, if any rule matches. */
    public Optional<Action> ruleFor(Category category, ObjectPath path) {
        return rules.stream()
                .filter(rule -> rule.category() == category && (rule.pattern() == null || rule.pattern().matches(path)))
                .max(Comparator.comparingInt(PolicyRule::specificity))
                .map(PolicyRule::action);
    }

    public boolean ignores(QualifiedName name) {
        return ignored.stream().anyMatch(p -> p.matches(name));
    }

    /**
     * A policy under which every difference is listed (applied where it can be, else reported), with the same names
     * ignored: what a comparison needs to learn every difference between two models, whatever the team's rules.
     */
    public ComparePolicy listingEverything() {
        List<PolicyRule> all = new ArrayList<>();
        for (Category category : Category.values()) {
            all.add(new PolicyRule(category, null, category.canApply() ? Action.APPLY : Action.REPORT));
        }
        return new ComparePolicy(all, ignored);
    }

    /** This policy with one more rule for every object of a category. */
    public ComparePolicy with(Category category, Action action) {
        List<PolicyRule> more = new ArrayList<>(rules);
        more.add(new PolicyRule(category, null, action));
        return new ComparePolicy(more, ignored);
    }
}
