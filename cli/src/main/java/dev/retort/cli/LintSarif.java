package dev.retort.cli;

import dev.retort.lint.LintFinding;
import dev.retort.lint.LintReport;
import dev.retort.lint.LintRule;
import dev.retort.workflow.LintText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lint findings in SARIF 2.1.0, in {@link SarifLog}'s shape: one rule per {@link LintRule} (its reason, and its fix
 * as help), one result per finding at its revision file's line, level {@code error}; a finding accepted with
 * {@code -- retort:lint-ignore} carries a {@code suppressions} entry whose justification is the reason given, which
 * code scanning shows as dismissed.
 */
final class LintSarif {

    static final String LINT_RULES_DOCUMENT = "docs/lint-rules.md";

    private LintSarif() {
    }

    /** The log of {@code retort lint}: its rules are the lint rules alone. */
    static Map<String, Object> log(LintReport report, int exitCode, SarifLocations locations, List<String> skipped) {
        List<Object> notifications = new ArrayList<>();
        skipped.forEach(line -> notifications.add(SarifLog.notification("note", "skipped", line)));
        Map<String, Object> run = SarifLog.run(true, exitCode, notifications, results(report, locations, 0), rules());
        if (!locations.originalUriBaseIds().isEmpty()) {
            run.put("originalUriBaseIds", locations.originalUriBaseIds());
        }
        return SarifLog.log(run);
    }

    static List<Object> rules() {
        List<Object> rules = new ArrayList<>();
        for (LintRule lintRule : LintRule.values()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", lintRule.id());
            rule.put("shortDescription", SarifLog.text(lintRule.reason()));
            rule.put("help", SarifLog.text("Fix: " + lintRule.fix() + ". If the risk is acceptable here, accept"
                    + " the finding above the statement with -- retort:lint-ignore " + lintRule.id() + " <reason>;"
                    + " lint.disable=" + lintRule.id() + " turns the rule off for the project."));
            SarifLog.home().ifPresent(home -> rule.put("helpUri", home + LINT_RULES_DOCUMENT));
            rule.put("defaultConfiguration", Map.of("level", "error"));
            rules.add(rule);
        }
        return rules;
    }

    /** @param firstRuleIndex where the lint rules start in the driver's rules */
    static List<Object> results(LintReport report, SarifLocations locations, int firstRuleIndex) {
        List<Object> results = new ArrayList<>();
        for (LintFinding finding : report.findings()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", finding.rule().id());
            result.put("ruleIndex", firstRuleIndex + finding.rule().ordinal());
            result.put("level", "error");
            result.put("message", SarifLog.text(LintText.message(finding)));
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("physicalLocation", locations.physicalLocation(finding.file(), finding.line()));
            Map<String, Object> logical = new LinkedHashMap<>();
            logical.put("fullyQualifiedName", finding.table().map(Object::toString).orElse(finding.revision()));
            logical.put("kind", finding.table().isPresent() ? "table" : "revision");
            location.put("logicalLocations", List.of(logical));
            result.put("locations", List.of(location));
            // By revision, rule and table: the finding stays one alert when lines above it move.
            result.put("partialFingerprints", Map.of("retortLint/v1", finding.rule().id() + " " + finding.revision()
                    + " " + finding.table().map(Object::toString).orElse("") + " " + finding.detail()));
            finding.accepted().ifPresent(reason -> result.put("suppressions", List.of(Map.of("kind", "inSource",
                    "justification", reason))));
            result.put("properties", LintJson.finding(finding));
            results.add(result);
        }
        return results;
    }
}
