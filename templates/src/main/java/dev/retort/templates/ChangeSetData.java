package dev.retort.templates;

import java.util.List;
import java.util.Objects;

/**
 * One Liquibase changeset of a revision, as {@value RevisionTemplates#LIQUIBASE_TEMPLATE_FILE} receives it.
 *
 * @param id                      the changeset's id (the author is the template's {@code author})
 * @param runInTransaction        false for statements PostgreSQL refuses inside a transaction
 * @param splitStatements         false when Liquibase's splitter would cut a statement apart (a dollar quote)
 * @param rollbackSplitStatements the same for the rollback
 * @param statements              what the changeset runs, in order
 * @param rollback                what reverts it, in order
 */
public record ChangeSetData(String id, boolean runInTransaction, boolean splitStatements,
                            boolean rollbackSplitStatements, List<ScriptStatement> statements,
                            List<ScriptStatement> rollback) {

    public ChangeSetData {
        Objects.requireNonNull(id, "id");
        statements = List.copyOf(statements);
        rollback = List.copyOf(rollback);
    }
}
