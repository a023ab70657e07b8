package dev.retort.compare;

import dev.retort.compare.Category.Action;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What becomes of each difference — applied as SQL, reported, or ignored — by category and object name, and which
 * objects the comparison leaves out altogether (like Alembic's {@code include_object}: an ignored name is
 * invisible on both sides). Without rules every category has its default action ({@link Category#defaultAction()}).
 * The most specific matching rule wins.
 */
public record ComparePolicy(List<PolicyRule> rules, List<NamePattern> ignored) {

    public ComparePolicy {
        rules = List.copyOf(rules);
        ignored = List.copyOf(ignored);
    }

    public static ComparePolicy defaults() {
        return new ComparePolicy(List.of(), List.of());
    }

    public Action actionFor(Category category, ObjectPath path) {
        return rules.stream()
                .filter(rule -> rule.category() == category && (rule.pattern() == null || rule.pattern().matches(path)))
                .max(Comparator.comparingInt(PolicyRule::specificity))
                .map(PolicyRule::action)
                .orElse(category.defaultAction());
    }

    public boolean ignores(QualifiedName name) {
        return ignored.stream().anyMatch(p -> p.matches(name));
    }

    /** This policy with one more rule for every object of a category. */
    public ComparePolicy with(Category category, Action action) {
        List<PolicyRule> more = new ArrayList<>(rules);
        more.add(new PolicyRule(category, null, action));
        return new ComparePolicy(more, ignored);
    }
}
