package dev.retort.cli;

import dev.retort.lint.LintFinding;
import dev.retort.lint.LintReport;
import dev.retort.workflow.LintText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lint findings for CI tooling: {@code lint --format json}'s document, and the {@code lint} member of
 * {@code check --format json}. A finding's fields are stable: rule, revision, file, line, table, rows, bytes,
 * detail, reason, fix, accepted (the reason given, or null).
 */
final class LintJson {

    private LintJson() {
    }

    /** status {@code ok} when every finding is accepted, else {@code findings}; the revisions linted, the findings. */
    static Map<String, Object> report(LintReport report, List<String> skipped) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", report.passes() ? "ok" : "findings");
        json.put("linted", report.linted());
        json.put("open", report.open().size());
        json.put("accepted", report.findings().size() - report.open().size());
        List<Object> findings = new ArrayList<>();
        report.findings().forEach(finding -> findings.add(finding(finding)));
        json.put("findings", findings);
        if (skipped != null) {
            json.put("skipped", skipped);
        }
        return json;
    }

    static Map<String, Object> finding(LintFinding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", finding.rule().id());
        json.put("revision", finding.revision());
        json.put("file", LintText.file(finding));
        json.put("line", finding.line());
        json.put("table", finding.table().map(Object::toString).orElse(null));
        json.put("rows", finding.size().map(size -> (Object) size.rows()).orElse(null));
        json.put("bytes", finding.size().map(size -> (Object) size.bytes()).orElse(null));
        json.put("detail", finding.detail());
        json.put("reason", finding.rule().reason());
        json.put("fix", finding.rule().fix());
        json.put("accepted", finding.accepted().orElse(null));
        return json;
    }
}
