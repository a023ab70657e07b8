package dev.retort.templates;

import java.util.Objects;

/**
 * Something the comparison found but did not turn into SQL (the policy said "report"); the revision file lists it
 * as a comment so that the reviewer sees it.
 *
 * @param object the database object or entity/field concerned, on one line
 * @param reason why it was reported, on one line
 */
public record ReportedFinding(String object, String reason) {

    public ReportedFinding {
        object = OneLine.of(Objects.requireNonNull(object, "object"));
        reason = OneLine.of(Objects.requireNonNull(reason, "reason"));
    }
}
