package dev.retort.liquibase;

import java.util.ArrayList;
import java.util.List;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.core.LoadDataChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * A changeset's SQL as Liquibase runs it on PostgreSQL: the text of its SQL changes as written, and, for changes of
 * other kinds (XML's or YAML's {@code createTable}, {@code addNotNullConstraint}, {@code createIndex} ...), the SQL
 * Liquibase's own generators render for PostgreSQL, so {@code retort lint} reads a changelog in any format. Data loads
 * ({@code loadData}, {@code loadUpdateData}) are rows, not schema, and are left out. The rollback is the changeset's
 * {@code rollback} changes, or, without any, the inverse Liquibase generates itself when every change has one (its
 * {@code rollback} command fails otherwise, and so the rollback is empty).
 */
final class ChangeSetSql {

    private static final Database POSTGRESQL = new PostgresDatabase();

    private ChangeSetSql() {
    }

    static String upgrade(ChangeSet changeSet) {
        return text(changeSet.getChanges(), false);
    }

    static String rollback(ChangeSet changeSet) {
        List<Change> explicit = changeSet.getRollback().getChanges();
        if (!explicit.isEmpty()) {
            return text(explicit, false);
        }
        List<Change> changes = changeSet.getChanges();
        boolean everyOneReverses = !changes.isEmpty() && changes.stream()
                .allMatch(change -> !(change instanceof AbstractSQLChange) && change.supportsRollback(POSTGRESQL));
        if (!everyOneReverses) {
            return "";
        }
        List<Change> reversed = new ArrayList<>(changes);
        java.util.Collections.reverse(reversed);
        return text(reversed, true);
    }

    private static String text(List<Change> changes, boolean inverse) {
        StringBuilder text = new StringBuilder();
        for (Change change : changes) {
            if (change instanceof AbstractSQLChange) {
                String sql = ((AbstractSQLChange) change).getSql();
                if (sql != null) {
                    append(text, sql);
                }
            } else if (!(change instanceof LoadDataChange)) {
                generated(change, inverse).forEach(sql -> append(text, sql));
            }
        }
        return text.toString();
    }

    private static List<String> generated(Change change, boolean inverse) {
        try {
            SqlStatement[] statements = inverse ? change.generateRollbackStatements(POSTGRESQL)
                    : change.generateStatements(POSTGRESQL);
            List<String> sql = new ArrayList<>();
            for (Sql one : SqlGeneratorFactory.getInstance().generateSql(statements, POSTGRESQL)) {
                sql.add(one.toSql());
            }
            return sql;
        } catch (Exception e) {
            // a change Liquibase renders only against a live database: retort lists nothing for it
            return List.of();
        }
    }

    private static void append(StringBuilder text, String sql) {
        String statement = sql.strip();
        if (!statement.isEmpty()) {
            text.append(statement).append(statement.endsWith(";") ? "\n" : ";\n");
        }
    }
}
