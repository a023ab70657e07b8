package dev.retort.compare;

import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A glob over object names, {@code *} and {@code ?} as wildcards. A pattern with a dot matches
 * {@code schema.name}; one without matches the name in any schema. Two patterns are equal when their globs are.
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

    public String glob() {
        return glob;
    }

    public boolean matches(QualifiedName name) {
        String subject = glob.contains(".") ? name.schema() + "." + name.name() : name.name();
        return regex.matcher(subject).matches();
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
