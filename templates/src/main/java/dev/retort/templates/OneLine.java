package dev.retort.templates;

import java.util.regex.Pattern;

/** Flattens text that a revision file keeps on one comment line (messages, causes, findings). */
final class OneLine {

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private OneLine() {
    }

    /** Every line break, with the blanks around it, becomes one space; surrounding blanks go. */
    static String of(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ").strip();
    }
}
