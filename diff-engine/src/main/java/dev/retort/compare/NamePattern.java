package dev.retort.compare;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A glob over object names, {@code *} and {@code ?} as wildcards. A pattern with a dot matches
 * {@code schema.name} (or, for a table's member, {@code schema.table.member}); one without matches the name in any
 * schema (or the member's name). Two patterns are equal when their globs are.
 */
public final class NamePattern {

    private final String glob;
    private final Pattern regex;

    public NamePattern(String glob) {
        Objects.requireNonNull(glob, "glob");
        if (glob.isBlank()) {
            throw new IllegalArgumentException("empty name pattern");
        }
        this.glob = glob;
        this.regex = compile(glob);
    }

    public boolean matches(QualifiedName name) {
        String subject = glob.contains(".") ? name.schema() + "." + name.name() : name.name();
        return regex.matcher(subject).matches();
    }

    /**
     * Matches the object a path is or belongs to ({@code schema.table}), or the member itself as
     * {@code schema.table.member} or {@code schema.member} (index and constraint names live per schema).
     */
    public boolean matches(ObjectPath path) {
        if (matches(path.owner())) {
            return true;
        }
        if (path.member() == null) {
            return false;
        }
        if (!glob.contains(".")) {
            return regex.matcher(path.member()).matches();
        }
        return regex.matcher(path.owner() + "." + path.member()).matches()
                || regex.matcher(path.owner().schema() + "." + path.member()).matches();
    }

    /** The number of characters that are not wildcards: how specific the pattern is. */
    int literalLength() {
        return (int) glob.chars().filter(c -> c != '*' && c != '?').count();
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamePattern pattern && pattern.glob.equals(glob);
    }

    @Override
    public int hashCode() {
        return glob.hashCode();
    }

    @Override
    public String toString() {
        return glob;
    }
}
