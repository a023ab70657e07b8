package dev.retort.lint;

import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads what the rules need from one statement's words: index, table and {@code ALTER TABLE} DDL, {@code SET
 * lock_timeout} and an unbounded {@code DELETE}. Anything else, or anything it cannot follow, is {@link Ddl.Other}:
 * the linter never fails on SQL PostgreSQL accepts, it just has nothing to say about it.
 */
final class StatementReader {

    private final String defaultSchema;

    StatementReader(String defaultSchema) {
        this.defaultSchema = defaultSchema;
    }

    Ddl read(String sql) {
        try {
            Words words = Words.of(sql);
            if (words.accept("create")) {
                return create(words);
            }
            if (words.accept("drop", "table")) {
                words.accept("if", "exists");
                return new Ddl.DropTable(names(words));
            }
            if (words.accept("drop", "index")) {
                boolean concurrently = words.accept("concurrently");
                words.accept("if", "exists");
                return new Ddl.DropIndex(names(words), concurrently);
            }
            if (words.accept("truncate")) {
                words.accept("table");
                return new Ddl.Truncate(names(words));
            }
            if (words.accept("reindex")) {
                return reindex(words);
            }
            if (words.accept("alter", "table")) {
                words.accept("if", "exists");
                words.accept("only");
                QualifiedName table = words.qualifiedName(defaultSchema);
                words.acceptSymbol("*");
                return new Ddl.AlterTable(table, new AlterActionReader(this).actions(words));
            }
            if (words.accept("set")) {
                boolean local = words.accept("local");
                words.accept("session");
                return words.accept("lock_timeout") ? setLockTimeout(words, local) : new Ddl.Other();
            }
            if (words.accept("reset", "lock_timeout") || words.accept("reset", "all")) {
                return new Ddl.SetLockTimeout(false, false);
            }
            if (words.accept("delete", "from")) {
                words.accept("only");
                QualifiedName table = words.qualifiedName(defaultSchema);
                boolean where = words.rest().stream().anyMatch(word -> word.is("where"));
                return where ? new Ddl.Other() : new Ddl.DeleteAll(table);
            }
        } catch (RuntimeException unreadable) {
            // SQL this reader does not follow: no rule applies, as for any other statement it does not know
            return new Ddl.Other();
        }
        return new Ddl.Other();
    }

    String defaultSchema() {
        return defaultSchema;
    }

    private Ddl create(Words words) {
        boolean unique = words.accept("unique");
        if (words.accept("index")) {
            boolean concurrently = words.accept("concurrently");
            words.accept("if", "not", "exists");
            QualifiedName index = words.peek().is("on") ? QualifiedName.of(defaultSchema, "")
                    : words.qualifiedName(defaultSchema);
            if (!words.accept("on")) {
                return new Ddl.Other();
            }
            words.accept("only");
            QualifiedName table = words.qualifiedName(defaultSchema);
            // an index lives in its table's schema
            return new Ddl.CreateIndex(index.inSchema(table.schema()), table, unique, concurrently);
        }
        words.accept("global");
        words.accept("local");
        boolean temporary = words.accept("temporary") || words.accept("temp");
        words.accept("unlogged");
        if (unique || temporary || !words.accept("table")) {
            return new Ddl.Other();
        }
        words.accept("if", "not", "exists");
        QualifiedName table = words.qualifiedName(defaultSchema);
        List<ColumnDefinition> columns = new ArrayList<>();
        List<QualifiedName> references = new ArrayList<>();
        Words elements = Words.over(words.parenthesized());
        while (!elements.atEnd()) {
            List<Word> element = elements.untilComma();
            elements.acceptSymbol(",");
            Words definition = Words.over(element);
            if (AlterActionReader.startsTableConstraint(definition)) {
                references(definition).ifPresent(references::add);
            } else if (!definition.peek().is("like")) {
                ColumnDefinition column = columnDefinition(definition);
                columns.add(column);
                column.references().ifPresent(references::add);
            }
        }
        return new Ddl.CreateTable(table, columns, references);
    }

    private Ddl reindex(Words words) {
        words.parenthesized();
        String target = words.next().folded();
        boolean concurrently = words.accept("concurrently");
        Optional<QualifiedName> table = target.equals("table") ? Optional.of(words.qualifiedName(defaultSchema))
                : Optional.empty();
        return new Ddl.Reindex(target, table, concurrently);
    }

    private static Ddl setLockTimeout(Words words, boolean local) {
        if (!words.acceptSymbol("=")) {
            words.accept("to");
        }
        Word value = words.next();
        return new Ddl.SetLockTimeout(local, !value.is("default") && !isZero(value));
    }

    /** {@code 0}, {@code '0'}, {@code '0s'}: PostgreSQL's "no limit". */
    private static boolean isZero(Word value) {
        String text = value.kind() == Word.Kind.STRING ? value.text().substring(1, value.text().length() - 1)
                : value.text();
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        return digits > 0 && text.substring(0, digits).chars().allMatch(c -> c == '0');
    }

    /** Comma-separated names, up to the first word that is not one ({@code CASCADE}, {@code RESTRICT}). */
    private List<QualifiedName> names(Words words) {
        List<QualifiedName> names = new ArrayList<>();
        do {
            words.accept("only");
            if (!words.peek().isName() || words.peek().is("cascade") || words.peek().is("restrict")) {
                break;
            }
            names.add(words.qualifiedName(defaultSchema));
            words.acceptSymbol("*");
        } while (words.acceptSymbol(","));
        return names;
    }

    /** A column's definition: its name, type words, then its constraints. */
    ColumnDefinition columnDefinition(Words words) {
        return new ColumnDefinitionReader(this).read(words);
    }

    /** The table a REFERENCES among these words names. */
    Optional<QualifiedName> references(Words words) {
        while (!words.atEnd()) {
            if (words.accept("references")) {
                return Optional.of(words.qualifiedName(defaultSchema));
            }
            if (words.peek().isSymbol("(")) {
                words.parenthesized();
            } else {
                words.next();
            }
        }
        return Optional.empty();
    }
}
