package dev.retort.dialect.postgresql;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.Operation;
import java.util.List;
import java.util.Optional;

/**
 * Which of the statements PostgreSQL runs for an operation may lose data. The operation says what may in any
 * database ({@link Operation#destructive()}: a drop, a type change); PostgreSQL knows better for one of them: a
 * type change to a type that holds every old value ({@link PostgresTypeWidening}: a longer varchar, text, a larger
 * integer, more digits) changes no value. The {@link NarrowingGuard} before any other type change only reads.
 */
public final class PostgresDestructiveness {

    /** A statement of a revision and whether running it may lose data. */
    public record Statement(String sql, boolean destructive) {
    }

    private PostgresDestructiveness() {
    }

    /** Whether running the operation on PostgreSQL may lose data. */
    public static boolean destructive(Operation operation) {
        if (operation instanceof AlterColumn alter
                && PostgresTypeWidening.INSTANCE.widens(alter.to().type(), alter.from().type())) {
            return false; // its type change, the one thing an AlterColumn counts as destructive, keeps every value
        }
        return operation.destructive();
    }

    /** The operation's statements as {@link PostgresRenderer} writes them, each marked. */
    public static List<Statement> statements(Operation operation) {
        boolean destructive = destructive(operation);
        Optional<String> guard = operation instanceof AlterColumn alter ? NarrowingGuard.of(alter) : Optional.empty();
        return PostgresRenderer.render(operation).stream()
                .map(sql -> new Statement(sql, destructive && !guard.filter(sql::equals).isPresent()))
                .toList();
    }
}
