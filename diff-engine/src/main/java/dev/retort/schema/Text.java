package dev.retort.schema;

/** Canonical spellings shared by the model's constructors. */
final class Text {
    private Text() {
    }

    /** Comments: the catalog says "" or NULL for "none"; the model says null. */
    static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** Expressions: surrounding blanks are never significant. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
