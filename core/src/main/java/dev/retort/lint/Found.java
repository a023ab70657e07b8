package dev.retort.lint;

import dev.retort.schema.QualifiedName;
import java.util.Optional;

/** What one rule found in one statement, before it is placed (revision, file, line) and sized. */
record Found(LintRule rule, Optional<QualifiedName> table, String detail) {

    static Found on(LintRule rule, QualifiedName table, String detail) {
        return new Found(rule, Optional.of(table), detail);
    }
}
