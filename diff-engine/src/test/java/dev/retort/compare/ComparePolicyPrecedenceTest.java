package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category.Action;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which rule decides when several match: the most specific, wherever it is listed. Each precedence is checked with
 * the rules listed both ways, so "the last (or first) matching rule wins" cannot pass for "the most specific wins".
 * Between rules of equal specificity the one listed first wins; the configuration lists its rules in key order
 * (a sorted map), so such a tie is settled by the spelling of the globs, the same on every run.
 */
class ComparePolicyPrecedenceTest {

    private static final ObjectPath AUDIT_LOG = ObjectPath.table(QualifiedName.of("audit", "log"));

    @Test
    void aNamedRuleBeatsTheRuleForEveryObjectWhenListedAfterIt() {
        ComparePolicy policy = policy(rule(null, Action.IGNORE), rule("audit.*", Action.APPLY));

        assertThat(policy.actionFor(Category.TABLE_EXTRA, AUDIT_LOG)).isEqualTo(Action.APPLY);
    }

    @Test
    void aNamedRuleBeatsTheRuleForEveryObjectWhenListedBeforeIt() {
        ComparePolicy policy = policy(rule("audit.*", Action.APPLY), rule(null, Action.IGNORE));

        assertThat(policy.actionFor(Category.TABLE_EXTRA, AUDIT_LOG)).isEqualTo(Action.APPLY);
    }

    @Test
    void aLongerLiteralPatternBeatsAShorterOneInEitherOrder() {
        PolicyRule general = rule("audit.*", Action.IGNORE);
        PolicyRule specific = rule("audit.lo*", Action.APPLY);

        for (ComparePolicy policy : bothOrders(general, specific)) {
            assertThat(policy.actionFor(Category.TABLE_EXTRA, AUDIT_LOG)).as("rules %s", policy.rules())
                    .isEqualTo(Action.APPLY);
        }
    }

    @Test
    void theRuleForEveryObjectStillDecidesWhereTheNamedRuleDoesNotMatch() {
        ObjectPath publicLog = ObjectPath.table(QualifiedName.of("public", "log"));

        for (ComparePolicy policy : bothOrders(rule(null, Action.IGNORE), rule("audit.*", Action.APPLY))) {
            assertThat(policy.actionFor(Category.TABLE_EXTRA, publicLog)).as("rules %s", policy.rules())
                    .isEqualTo(Action.IGNORE);
        }
    }

    @Test
    void aMoreSpecificRuleOfAnotherKindDoesNotDecide() {
        PolicyRule tables = rule(null, Action.IGNORE);
        PolicyRule indexes = new PolicyRule(Category.INDEX_EXTRA, new NamePattern("audit.log"), Action.APPLY);

        for (ComparePolicy policy : bothOrders(tables, indexes)) {
            assertThat(policy.actionFor(Category.TABLE_EXTRA, AUDIT_LOG)).as("rules %s", policy.rules())
                    .isEqualTo(Action.IGNORE);
        }
    }

    @Test
    void withoutAMatchingRuleTheKindsDefaultHolds() {
        ComparePolicy policy = policy(rule("public.*", Action.APPLY));

        assertThat(policy.ruleFor(Category.TABLE_EXTRA, AUDIT_LOG)).isEmpty();
        assertThat(policy.actionFor(Category.TABLE_EXTRA, AUDIT_LOG)).isEqualTo(Category.TABLE_EXTRA.defaultAction());
    }

    @Test
    void betweenEquallySpecificRulesTheOneListedFirstWins() {
        PolicyRule byTable = rule("audit.l?g", Action.APPLY);
        PolicyRule bySchema = rule("audit.?og", Action.IGNORE);

        assertThat(policy(byTable, bySchema).actionFor(Category.TABLE_EXTRA, AUDIT_LOG)).isEqualTo(Action.APPLY);
        assertThat(policy(bySchema, byTable).actionFor(Category.TABLE_EXTRA, AUDIT_LOG)).isEqualTo(Action.IGNORE);
    }

    @Test
    void aRuleAddedForEveryObjectDoesNotOverrideANamedRule() {
        ComparePolicy policy = policy(rule("audit.*", Action.APPLY)).with(Category.TABLE_EXTRA, Action.IGNORE);

        assertThat(policy.actionFor(Category.TABLE_EXTRA, AUDIT_LOG)).isEqualTo(Action.APPLY);
    }

    private static PolicyRule rule(String glob, Action action) {
        return new PolicyRule(Category.TABLE_EXTRA, glob == null ? null : new NamePattern(glob), action);
    }

    private static ComparePolicy policy(PolicyRule... rules) {
        return new ComparePolicy(List.of(rules), List.of());
    }

    private static List<ComparePolicy> bothOrders(PolicyRule... rules) {
        List<PolicyRule> reversed = new ArrayList<>(List.of(rules));
        Collections.reverse(reversed);
        return List.of(policy(rules), new ComparePolicy(reversed, List.of()));
    }
}
