package dev.retort.lint;

import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code name type [constraints]} as {@code CREATE TABLE} and {@code ADD COLUMN} write a column. */
final class ColumnDefinitionReader {

    /** The words that end a column's type and start one of its constraints. */
    private static final Set<String> CONSTRAINT_WORDS = Set.of("constraint", "not", "null", "default", "primary",
            "unique", "check", "references", "generated", "collate", "compression", "storage", "deferrable",
            "initially");
    /**
     * Functions whose value differs from row to row: a default calling one makes PostgreSQL compute it for every
     * existing row, rewriting the table (a stable one such as {@code now()} is computed once, stored in the catalog).
     */
    private static final Set<String> VOLATILE_FUNCTIONS = Set.of("random", "clock_timestamp", "gen_random_uuid",
            "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "nextval", "timeofday", "random_normal",
            "txid_current", "setseed");

    private final StatementReader reader;

    ColumnDefinitionReader(StatementReader reader) {
        this.reader = reader;
    }

    ColumnDefinition read(Words words) {
        String name = words.name();
        List<Word> typeWords = untilConstraint(words);
        boolean notNull = false;
        boolean hasDefault = false;
        Optional<String> fills = serial(typeWords);
        Optional<QualifiedName> references = Optional.empty();
        boolean indexed = false;
        while (!words.atEnd()) {
            if (words.accept("not", "null")) {
                notNull = true;
            } else if (words.accept("primary", "key")) {
                notNull = true;
                indexed = true;
            } else if (words.accept("unique")) {
                indexed = true;
            } else if (words.accept("default")) {
                List<Word> expression = new ArrayList<>(List.of(words.next()));
                expression.addAll(untilConstraint(words));
                hasDefault = !(expression.size() == 1 && expression.get(0).is("null"));
                fills = volatileCall(expression).map(function -> function + "()").or(() -> serial(typeWords));
            } else if (words.accept("generated")) {
                fills = Optional.of(untilConstraint(words).stream().anyMatch(word -> word.is("identity"))
                        ? "an identity" : "a stored generated expression");
            } else if (words.accept("references")) {
                references = Optional.of(words.qualifiedName(reader.defaultSchema()));
            } else if (words.peek().isSymbol("(")) {
                words.parenthesized();
            } else {
                words.next();
            }
        }
        return new ColumnDefinition(name, PostgresTypeChanges.spelled(typeWords), notNull, hasDefault, fills,
                references, indexed);
    }

    private static Optional<String> serial(List<Word> typeWords) {
        return PostgresTypeChanges.isSerial(typeWords)
                ? Optional.of("the " + typeWords.get(0).folded() + " type (nextval)") : Optional.empty();
    }

    /** The words up to the next constraint of the column, parenthesized groups kept whole with their parentheses. */
    private static List<Word> untilConstraint(Words words) {
        return words.until(ColumnDefinitionReader::isConstraintWord);
    }

    /** The first volatile function the expression calls. */
    static Optional<String> volatileCall(List<Word> expression) {
        for (int i = 0; i + 1 < expression.size(); i++) {
            Word word = expression.get(i);
            if (word.kind() == Word.Kind.NAME && expression.get(i + 1).isSymbol("(")
                    && VOLATILE_FUNCTIONS.contains(word.folded())) {
                return Optional.of(word.folded());
            }
        }
        return Optional.empty();
    }

    private static boolean isConstraintWord(Word word) {
        return word.kind() == Word.Kind.NAME && CONSTRAINT_WORDS.contains(word.folded());
    }
}
