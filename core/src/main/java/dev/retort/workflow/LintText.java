package dev.retort.workflow;

import dev.retort.lint.LintFinding;
import dev.retort.lint.LintReport;
import dev.retort.lint.TableSize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How lint findings are told, in words: the lines {@code lint} and {@code check} print, {@code revision} prints on
 * stderr and the Maven plugin logs. One line per open finding, biggest table first
 * ({@code file:line: rule: detail (table ~rows, size) — reason; fix: ...}), then the accepted ones with the reason
 * given, then a summary.
 */
public final class LintText {

    private LintText() {
    }

    public static List<String> lines(LintReport report) {
        List<String> lines = new ArrayList<>();
        report.open().forEach(finding -> lines.add(line(finding)));
        for (LintFinding finding : report.findings()) {
            if (finding.isAccepted()) {
                lines.add("accepted: " + location(finding) + ": " + finding.rule().id() + ": " + finding.detail()
                        + table(finding) + " — " + finding.accepted().orElseThrow());
            }
        }
        lines.add(summary(report));
        return lines;
    }

    /** One open finding: where, which rule, what the statement does on which table, why it hurts, and the fix. */
    public static String line(LintFinding finding) {
        return location(finding) + ": " + message(finding);
    }

    /** The finding without its place: {@code rule: detail (table ~rows, size) — reason; fix: ...}. */
    public static String message(LintFinding finding) {
        return finding.rule().id() + ": " + finding.detail() + table(finding) + " — " + finding.rule().reason()
                + "; fix: " + finding.rule().fix();
    }

    /** "Lint: 2 findings in 3 revisions (1 open, 1 accepted with -- retort:lint-ignore)". */
    public static String summary(LintReport report) {
        int revisions = report.linted().size();
        String linted = revisions + " revision" + (revisions == 1 ? "" : "s");
        if (report.findings().isEmpty()) {
            return "Lint: no findings in " + linted + ".";
        }
        int accepted = report.findings().size() - report.open().size();
        return "Lint: " + report.findings().size() + " finding" + (report.findings().size() == 1 ? "" : "s")
                + " in " + linted + " (" + report.open().size() + " open, " + accepted
                + " accepted with -- retort:lint-ignore).";
    }

    /** The file, relative to the working directory when it is under it, and the line. */
    public static String location(LintFinding finding) {
        return file(finding) + ":" + finding.line();
    }

    /** The finding's revision file, relative to the working directory when it is under it. */
    public static String file(LintFinding finding) {
        return relative(finding.file());
    }

    private static String relative(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString();
    }

    private static String table(LintFinding finding) {
        if (finding.table().isEmpty()) {
            return "";
        }
        String name = finding.table().get().toString();
        return finding.size().map(size -> " (" + name + " ~" + rows(size) + " rows, " + bytes(size.bytes()) + ")")
                .orElse(" (" + name + ")");
    }

    private static String rows(TableSize size) {
        return String.format(Locale.ROOT, "%,d", size.rows());
    }

    /** As {@code pg_size_pretty} prints a size: bytes, kB, MB, GB, TB (powers of 1024). */
    static String bytes(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 10 * 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return Math.round(value) + " " + units[unit];
    }
}
