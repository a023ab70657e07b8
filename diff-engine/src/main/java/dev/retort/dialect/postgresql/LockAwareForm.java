package dev.retort.dialect.postgresql;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The forms of DDL that keep a populated table open to the application while they run, each switchable on its own
 * ({@code migration.lock_aware}). Each applies only to a table the same section neither creates nor drops: nothing
 * reads a table that is new yet, so it keeps the plain, fast forms.
 */
public enum LockAwareForm {
    /**
     * {@code CREATE/DROP INDEX CONCURRENTLY}, outside the revision's transaction: writes go on during the build. A
     * unique constraint or primary key is attached to such an index ({@code ADD CONSTRAINT ... USING INDEX}).
     */
    INDEX("index"),
    /** A foreign key or CHECK added {@code NOT VALID}, then validated in a transaction of its own. */
    VALIDATE("validate"),
    /** {@code SET NOT NULL} after a validated {@code CHECK (col IS NOT NULL)}, so PostgreSQL skips its scan. */
    NOT_NULL("not-null"),
    /** The column changes of one table as one {@code ALTER TABLE}: one rewrite, one lock, instead of one each. */
    COMBINE("combine");

    private final String key;

    LockAwareForm(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Set<LockAwareForm> all() {
        return EnumSet.allOf(LockAwareForm.class);
    }

    /**
     * {@code all} (or {@code true}), {@code none} (or {@code false}), or forms by key, comma-separated.
     *
     * @throws IllegalArgumentException naming the unknown word and the known ones
     */
    public static Set<LockAwareForm> parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.equals("all") || value.equals("true")) {
            return all();
        }
        if (value.equals("none") || value.equals("false")) {
            return EnumSet.noneOf(LockAwareForm.class);
        }
        Set<LockAwareForm> forms = EnumSet.noneOf(LockAwareForm.class);
        for (String word : value.split("\\s*,\\s*")) {
            forms.add(byKey(word));
        }
        return forms;
    }

    private static LockAwareForm byKey(String word) {
        for (LockAwareForm form : values()) {
            if (form.key.equals(word)) {
                return form;
            }
        }
        throw new IllegalArgumentException("'" + word + "' is no lock-aware form: write all, none, or some of "
                + EnumSet.allOf(LockAwareForm.class).stream().map(LockAwareForm::key)
                .collect(Collectors.joining(", ")));
    }

    /** The forms as {@link #parse} reads them back. */
    public static String describe(Set<LockAwareForm> forms) {
        if (forms.equals(all())) {
            return "all";
        }
        return forms.isEmpty() ? "none" : forms.stream().map(LockAwareForm::key).collect(Collectors.joining(","));
    }
}
