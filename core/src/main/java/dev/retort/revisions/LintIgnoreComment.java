package dev.retort.revisions;

import java.util.Objects;

/**
 * A {@code -- retort:lint-ignore RULE reason} line (or, in the header, {@code -- retort:lint-ignore-file RULE
 * reason}) as the file has it: what follows the key, not yet read as a rule and a reason. Reading it is the linter's
 * job ({@code dev.retort.lint}), which reports a missing reason or an unknown rule naming this line; running a
 * revision never looks at it.
 *
 * @param line the 1-based line of the comment in the revision file
 * @param text what follows the key, stripped ({@code "table-rewrite the table has 40 rows"})
 */
public record LintIgnoreComment(int line, String text) {

    public LintIgnoreComment {
        Objects.requireNonNull(text, "text");
        if (line < 1) {
            throw new IllegalArgumentException("lines count from 1: " + line);
        }
    }
}
