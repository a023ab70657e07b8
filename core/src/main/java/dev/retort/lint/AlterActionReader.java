package dev.retort.lint;

import dev.retort.lint.AlterAction.ConstraintKind;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the comma-separated actions of an {@code ALTER TABLE}. */
final class AlterActionReader {

    private final StatementReader reader;

    AlterActionReader(StatementReader reader) {
        this.reader = reader;
    }

    List<AlterAction> actions(Words words) {
        List<AlterAction> actions = new ArrayList<>();
        while (!words.atEnd()) {
            actions.add(action(Words.over(words.untilComma())));
            words.acceptSymbol(",");
        }
        return actions;
    }

    /** CONSTRAINT, PRIMARY, UNIQUE, CHECK, FOREIGN, EXCLUDE: a table constraint rather than a column. */
    static boolean startsTableConstraint(Words words) {
        Word first = words.peek();
        return first.is("constraint") || first.is("primary") || first.is("unique") || first.is("check")
                || first.is("foreign") || first.is("exclude");
    }

    private AlterAction action(Words words) {
        if (words.accept("add")) {
            if (startsTableConstraint(words)) {
                return constraint(words);
            }
            words.accept("column");
            words.accept("if", "not", "exists");
            return new AlterAction.AddColumn(reader.columnDefinition(words));
        }
        if (words.accept("drop")) {
            if (words.peek().is("constraint")) {
                return new AlterAction.Other("drop constraint");
            }
            words.accept("column");
            words.accept("if", "exists");
            return new AlterAction.DropColumn(words.name());
        }
        if (words.accept("alter")) {
            if (words.peek().is("constraint")) {
                return new AlterAction.Other("alter constraint");
            }
            words.accept("column");
            return columnChange(words.name(), words);
        }
        if (words.accept("validate", "constraint")) {
            return new AlterAction.ValidateConstraint(words.name());
        }
        if (words.accept("rename")) {
            if (words.accept("to")) {
                return new AlterAction.RenameTable(QualifiedName.of(reader.defaultSchema(), words.name()));
            }
            if (words.peek().is("constraint")) {
                return new AlterAction.Other("rename constraint");
            }
            words.accept("column");
            String from = words.name();
            words.accept("to");
            return new AlterAction.RenameColumn(from, words.name());
        }
        if (words.accept("set", "tablespace")) {
            return new AlterAction.SetTablespace(words.name());
        }
        if (words.accept("set", "logged")) {
            return new AlterAction.SetLogged(true);
        }
        if (words.accept("set", "unlogged")) {
            return new AlterAction.SetLogged(false);
        }
        return new AlterAction.Other(words.peek().folded());
    }

    private static AlterAction columnChange(String column, Words words) {
        if (words.accept("set", "data", "type") || words.accept("type")) {
            List<Word> typeWords = words.until(word -> word.is("using") || word.is("collate"));
            return new AlterAction.ChangeType(column, PostgresTypeChanges.spelled(typeWords));
        }
        if (words.accept("set", "not", "null")) {
            return new AlterAction.SetNotNull(column);
        }
        return new AlterAction.OtherColumnChange(column);
    }

    /** {@code [CONSTRAINT name] FOREIGN KEY ... | CHECK (...) | UNIQUE ... | PRIMARY KEY ... [NOT VALID]}. */
    private AlterAction constraint(Words words) {
        String name = words.accept("constraint") ? words.name() : "";
        List<Word> rest = words.rest();
        Words body = Words.over(rest);
        Optional<String> notNullColumn = Optional.empty();
        Optional<QualifiedName> references = Optional.empty();
        ConstraintKind kind;
        if (body.accept("foreign", "key")) {
            kind = ConstraintKind.FOREIGN_KEY;
            references = reader.references(body);
        } else if (body.accept("check")) {
            kind = ConstraintKind.CHECK;
            notNullColumn = isNotNullOf(body.parenthesized());
        } else if (body.accept("primary", "key")) {
            kind = ConstraintKind.PRIMARY_KEY;
        } else if (body.accept("unique")) {
            kind = ConstraintKind.UNIQUE;
        } else {
            kind = ConstraintKind.EXCLUDE;
        }
        boolean usingIndex = false;
        boolean notValid = false;
        Words scan = Words.over(rest);
        while (!scan.atEnd()) {
            if (scan.peek().isSymbol("(")) {
                scan.parenthesized();
            } else if (scan.accept("using", "index")) {
                usingIndex = true;
            } else if (scan.accept("not", "valid")) {
                notValid = true;
            } else {
                scan.next();
            }
        }
        return new AlterAction.AddConstraint(name, kind, usingIndex, notValid, notNullColumn, references);
    }

    /** The column of a check that is exactly {@code col IS NOT NULL}, however many parentheses wrap it. */
    private static Optional<String> isNotNullOf(List<Word> expression) {
        List<Word> inner = expression;
        while (inner.size() > 2 && inner.get(0).isSymbol("(") && inner.get(inner.size() - 1).isSymbol(")")) {
            inner = inner.subList(1, inner.size() - 1);
        }
        Words words = Words.over(inner);
        String column = words.name();
        if (!column.isEmpty() && words.accept("is", "not", "null") && words.atEnd()) {
            return Optional.of(column);
        }
        return Optional.empty();
    }
}
