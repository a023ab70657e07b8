package dev.retort.lint;

import dev.retort.revisions.SqlToken;
import dev.retort.revisions.SqlTokenizer;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A cursor over the words of one statement. The words come from the one SQL lexer's tokens; only its code tokens
 * (keywords, names, numbers and operators run together) are cut here, at the punctuation between them.
 */
final class Words {

    private static final String SINGLE = "(),.[];";
    private static final String OPERATOR = "+-*/<>=~!@#%^&|`?:";

    private final List<Word> words;
    private int position;

    private Words(List<Word> words) {
        this.words = List.copyOf(words);
    }

    static Words of(String sql) {
        List<Word> words = new ArrayList<>();
        for (SqlToken token : SqlTokenizer.tokenize(sql)) {
            String text = token.text(sql);
            switch (token.kind()) {
                case CODE -> cut(text, words);
                case QUOTED -> words.add(new Word(text.startsWith("\"") ? Word.Kind.QUOTED_NAME : Word.Kind.STRING,
                        text));
                default -> {
                    // blanks and comments separate words and mean nothing here
                }
            }
        }
        return new Words(words);
    }

    private static void cut(String code, List<Word> words) {
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end = i + 1;
            Word.Kind kind;
            if (Character.isLetter(c) || c == '_' || c >= 0x80) {
                while (end < code.length() && isNamePart(code.charAt(end))) {
                    end++;
                }
                kind = Word.Kind.NAME;
            } else if (Character.isDigit(c)) {
                while (end < code.length() && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '.')) {
                    end++;
                }
                kind = Word.Kind.NUMBER;
            } else if (SINGLE.indexOf(c) >= 0) {
                kind = Word.Kind.SYMBOL;
            } else {
                while (end < code.length() && OPERATOR.indexOf(code.charAt(end)) >= 0 && OPERATOR.indexOf(c) >= 0) {
                    end++;
                }
                kind = Word.Kind.SYMBOL;
            }
            words.add(new Word(kind, code.substring(i, end)));
            i = end;
        }
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    boolean atEnd() {
        return position >= words.size();
    }

    /** The word {@code ahead} places on, or a blank symbol past the end (which no keyword test matches). */
    Word peek(int ahead) {
        int at = position + ahead;
        return at < words.size() ? words.get(at) : new Word(Word.Kind.SYMBOL, "");
    }

    Word peek() {
        return peek(0);
    }

    Word next() {
        Word word = peek();
        position++;
        return word;
    }

    /** Moves past the keywords when the next words are exactly these. */
    boolean accept(String... keywords) {
        for (int i = 0; i < keywords.length; i++) {
            if (!peek(i).is(keywords[i])) {
                return false;
            }
        }
        position += keywords.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            position++;
            return true;
        }
        return false;
    }

    /** The next identifier, folded; empty when the next word is not one. */
    String name() {
        return peek().isName() ? next().folded() : "";
    }

    /** {@code name} or {@code schema.name}, folded, the schema defaulted. */
    QualifiedName qualifiedName(String defaultSchema) {
        String first = name();
        if (peek().isSymbol(".") && peek(1).isName()) {
            position++;
            return QualifiedName.of(first, name());
        }
        return QualifiedName.of(defaultSchema, first);
    }

    /** Moves past a parenthesized group when the next word opens one; the words inside, without the parentheses. */
    List<Word> parenthesized() {
        if (!peek().isSymbol("(")) {
            return List.of();
        }
        int start = position + 1;
        int depth = 0;
        do {
            Word word = next();
            if (word.isSymbol("(")) {
                depth++;
            } else if (word.isSymbol(")")) {
                depth--;
            }
        } while (depth > 0 && !atEnd());
        return words.subList(start, Math.max(start, position - 1));
    }

    /** Moves past the words up to (not including) the next comma outside parentheses; those words. */
    List<Word> untilComma() {
        return until(word -> word.isSymbol(","));
    }

    /**
     * Moves past the words up to (not including) the first one outside parentheses that {@code stop} accepts; those
     * words, parenthesized groups included whole with their parentheses.
     */
    List<Word> until(Predicate<Word> stop) {
        int start = position;
        while (!atEnd() && !stop.test(peek())) {
            if (peek().isSymbol("(")) {
                parenthesized();
            } else {
                position++;
            }
        }
        return words.subList(start, position);
    }

    /** The words from here to the end, consumed. */
    List<Word> rest() {
        List<Word> rest = words.subList(Math.min(position, words.size()), words.size());
        position = words.size();
        return rest;
    }

    static Words over(List<Word> words) {
        return new Words(words);
    }
}
