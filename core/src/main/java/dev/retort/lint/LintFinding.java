package dev.retort.lint;

import dev.retort.schema.QualifiedName;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One risk in one statement of a revision's upgrade.
 *
 * @param revision the revision's id
 * @param file     the revision file
 * @param line     the 1-based line where the statement starts
 * @param table    the table the statement touches, when it touches one
 * @param detail   what this statement does, in one line ("drops column public.customer.nick")
 * @param size     the table's size when known (findings are ranked by it)
 * @param accepted the reason given in {@code -- retort:lint-ignore RULE reason} above the statement, when accepted
 */
public record LintFinding(LintRule rule, String revision, Path file, int line, Optional<QualifiedName> table,
                          String detail, Optional<TableSize> size, Optional<String> accepted) {
    public LintFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(accepted, "accepted");
    }

    public boolean isAccepted() {
        return accepted.isPresent();
    }
}
