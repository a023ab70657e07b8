package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.compare.Category.Action;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy: which rule decides a difference, which names are invisible, and what a pattern matches. */
class ComparePolicyTest {

    private static final QualifiedName AUDIT = QualifiedName.of("public", "audit_log");
    private static final ObjectPath AUDIT_INDEX = ObjectPath.index(AUDIT, "audit_at_idx");

    private static ComparePolicy policy(PolicyRule... rules) {
        return new ComparePolicy(List.of(rules), List.of());
    }

    @Test
    void aPatternWithADotMatchesSchemaAndNameOneWithoutMatchesTheNameInAnySchema() {
        assertThat(new NamePattern("public.audit_*").matches(AUDIT)).isTrue();
        assertThat(new NamePattern("shop.audit_*").matches(AUDIT)).isFalse();
        assertThat(new NamePattern("audit_lo?").matches(AUDIT)).isTrue();
        assertThat(new NamePattern("audit_lo?").matches(QualifiedName.of("shop", "audit_log"))).isTrue();
        assertThat(new NamePattern("audit").matches(AUDIT)).isFalse();
        assertThat(new NamePattern("audit.log").matches(QualifiedName.of("audit", "log"))).isTrue();
        assertThat(new NamePattern("public.audit.log").matches(AUDIT)).isFalse();
    }

    @Test
    void aPatternMatchesAMemberByItsNameByTableAndNameOrBySchemaAndName() {
        assertThat(new NamePattern("public.audit_log").matches(AUDIT_INDEX)).isTrue();
        assertThat(new NamePattern("audit_at_*").matches(AUDIT_INDEX)).isTrue();
        assertThat(new NamePattern("public.audit_log.audit_at_idx").matches(AUDIT_INDEX)).isTrue();
        assertThat(new NamePattern("public.audit_at_idx").matches(AUDIT_INDEX)).isTrue();
        assertThat(new NamePattern("shop.audit_at_idx").matches(AUDIT_INDEX)).isFalse();
        assertThat(new NamePattern("other_*").matches(AUDIT_INDEX)).isFalse();
        assertThat(new NamePattern("audit_at_*").matches(ObjectPath.table(AUDIT))).isFalse();
    }

    @Test
    void wildcardsAreNotLiteralsSoTheLongerLiteralPartIsMoreSpecific() {
        assertThat(new NamePattern("a?c*").literalLength()).isEqualTo(2);
        assertThat(new NamePattern("abc").literalLength()).isEqualTo(3);
        ComparePolicy policy = policy(
                new PolicyRule(Category.INDEX_EXTRA, new NamePattern("audit_??_???"), Action.APPLY),
                new PolicyRule(Category.INDEX_EXTRA, new NamePattern("audit_at*"), Action.IGNORE),
                new PolicyRule(Category.INDEX_EXTRA, null, Action.REPORT));
        assertThat(policy.actionFor(Category.INDEX_EXTRA, AUDIT_INDEX)).isEqualTo(Action.IGNORE);
        assertThat(policy.actionFor(Category.INDEX_EXTRA, ObjectPath.index(AUDIT, "other"))).isEqualTo(Action.REPORT);
    }

    @Test
    void aRuleForAnotherCategoryOrAnotherNameDoesNotDecide() {
        ComparePolicy policy = policy(new PolicyRule(Category.TABLE_EXTRA, new NamePattern("legacy_*"), Action.IGNORE));
        assertThat(policy.ruleFor(Category.TABLE_EXTRA, ObjectPath.table(AUDIT))).isEmpty();
        assertThat(policy.ruleFor(Category.INDEX_EXTRA, ObjectPath.table(QualifiedName.of("public", "legacy_a"))))
                .isEmpty();
        assertThat(policy.ruleFor(Category.TABLE_EXTRA, ObjectPath.table(QualifiedName.of("public", "legacy_a"))))
                .contains(Action.IGNORE);
        assertThat(policy.actionFor(Category.TABLE_MISSING, ObjectPath.table(AUDIT))).isEqualTo(Action.APPLY);
    }

    @Test
    void onlyIgnoredNamesAreInvisible() {
        ComparePolicy policy = new ComparePolicy(List.of(), List.of(new NamePattern("flyway_*")));
        assertThat(policy.ignores(QualifiedName.of("public", "flyway_schema_history"))).isTrue();
        assertThat(policy.ignores(AUDIT)).isFalse();
        assertThat(ComparePolicy.defaults().ignores(AUDIT)).isFalse();
    }

    @Test
    void listingEverythingAppliesWhatCanBeAppliedAndReportsTheRestKeepingTheIgnoredNames() {
        ComparePolicy listing = new ComparePolicy(List.of(new PolicyRule(Category.TABLE_MISSING, null, Action.IGNORE)),
                List.of(new NamePattern("flyway_*"))).listingEverything();
        assertThat(listing.actionFor(Category.TABLE_MISSING, ObjectPath.table(AUDIT))).isEqualTo(Action.APPLY);
        assertThat(listing.actionFor(Category.VIEW_EXTRA, ObjectPath.view(AUDIT))).isEqualTo(Action.REPORT);
        assertThat(listing.actionFor(Category.UNSUPPORTED, ObjectPath.table(AUDIT))).isEqualTo(Action.REPORT);
        assertThat(listing.ignored()).containsExactly(new NamePattern("flyway_*"));
    }

    @Test
    void viewsAndUnsupportedObjectsCanBeReportedOrIgnoredButNeverApplied() {
        assertThat(Category.VIEW_EXTRA.canApply()).isFalse();
        assertThat(Category.UNSUPPORTED.canApply()).isFalse();
        assertThat(Category.INDEX_EXTRA.canApply()).isTrue();
        assertThatThrownBy(() -> new PolicyRule(Category.VIEW_EXTRA, null, Action.APPLY))
                .hasMessage("view.extra can be reported or ignored, not applied");
        assertThat(new PolicyRule(Category.VIEW_EXTRA, null, Action.IGNORE).action()).isEqualTo(Action.IGNORE);
    }

    @Test
    void aCategoryIsFoundByItsConfigurationKey() {
        assertThat(Category.byKey("column.type.wider")).isEqualTo(Category.COLUMN_TYPE_WIDER);
        assertThat(Category.byKey("schema.missing")).isEqualTo(Category.SCHEMA_MISSING);
        assertThatThrownBy(() -> Category.byKey("column.wider")).hasMessage("unknown difference kind 'column.wider'");
    }

    @Test
    void patternsAreEqualWhenTheirGlobsAre() {
        assertThat(new NamePattern("a*")).isEqualTo(new NamePattern("a*")).hasSameHashCodeAs(new NamePattern("a*"))
                .hasToString("a*");
        assertThat(new NamePattern("a*")).isNotEqualTo(new NamePattern("b*")).isNotEqualTo("a*");
        assertThatThrownBy(() -> new NamePattern(" ")).hasMessage("empty name pattern");
    }

    @Test
    void causesHaveTheLabelsReportsPrint() {
        assertThat(Cause.NO_HISTORY.label()).isEqualTo("no-history");
        assertThat(Cause.DRIFT.label()).isEqualTo("drift");
    }
}
