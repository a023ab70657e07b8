package dev.retort.templates;

import java.util.regex.Pattern;

/** Flattens text that a revision file keeps on one comment line (messages, causes, findings). */
final class OneLine {

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private OneLine() {
    }

    /**
     * Every line break, with the blanks around it, becomes one space; surrounding blanks go; any other control
     * character (a terminal escape sequence) becomes U+FFFD, so that the file never carries one.
     */
    static String of(String text) {
        String flat = LINE_BREAK.matcher(text).replaceAll(" ").strip();
        StringBuilder shown = new StringBuilder(flat.length());
        flat.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
        return shown.toString();
    }
}
