package dev.retort.lint;

import dev.retort.revisions.LintIgnoreComment;
import dev.retort.revisions.RevisionFile;
import dev.retort.revisions.RevisionFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code -- retort:lint-ignore RULE reason} lines into the rules they accept and why. A line that names no
 * rule, or gives no reason, is a {@link RevisionFileException} naming the file and line: an acceptance nobody can
 * read later is no acceptance, and a misspelled rule would otherwise leave the finding open without saying why.
 */
final class LintIgnores {

    private LintIgnores() {
    }

    /** @param key {@code lint-ignore} or {@code lint-ignore-file}, as the lines are written */
    static Map<LintRule, String> read(List<LintIgnoreComment> comments, Path file, String key) {
        Map<LintRule, String> reasons = new EnumMap<>(LintRule.class);
        for (LintIgnoreComment comment : comments) {
            String text = comment.text();
            int blank = 0;
            while (blank < text.length() && !Character.isWhitespace(text.charAt(blank))) {
                blank++;
            }
            String id = text.substring(0, blank);
            String reason = text.substring(blank).strip();
            String line = "'-- retort:" + key + (text.isEmpty() ? "" : " " + text) + "'";
            if (id.isEmpty()) {
                throw new RevisionFileException(file, comment.line(), line + " names no rule: write '-- retort:" + key
                        + " RULE reason', RULE one of " + ruleIds());
            }
            LintRule rule = LintRule.byId(id).orElseThrow(() -> new RevisionFileException(file, comment.line(),
                    line + ": '" + id + "' is not a lint rule; the rules are " + ruleIds()));
            if (reason.isEmpty()) {
                throw new RevisionFileException(file, comment.line(), line + " gives no reason: write why the "
                        + id + " finding is acceptable after the rule (-- retort:" + key + " " + id
                        + " the table is read only at night)");
            }
            reasons.merge(rule, reason, (first, second) -> first + "; " + second);
        }
        return reasons;
    }

    static Map<LintRule, String> statement(List<LintIgnoreComment> comments, Path file) {
        return read(comments, file, RevisionFile.LINT_IGNORE);
    }

    static Map<LintRule, String> wholeFile(List<LintIgnoreComment> comments, Path file) {
        return read(comments, file, RevisionFile.LINT_IGNORE_FILE);
    }

    private static String ruleIds() {
        return Arrays.stream(LintRule.values()).map(LintRule::id).collect(Collectors.joining(", "));
    }
}
