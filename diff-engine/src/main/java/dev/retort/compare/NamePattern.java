package dev.retort.compare;

import dev.retort.schema.QualifiedName;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A glob over object names, {@code *} and {@code ?} as wildcards. A pattern with a dot matches
 * {@code schema.name}; one without matches the name in any schema.
 */
public record NamePattern(String glob) {

    public NamePattern {
        Objects.requireNonNull(glob, "glob");
        if (glob.isBlank()) {
            throw new IllegalArgumentException("empty name pattern");
        }
    }

    public boolean matches(QualifiedName name) {
        String subject = glob.contains(".") ? name.schema() + "." + name.name() : name.name();
        return regex().matcher(subject).matches();
    }

    private Pattern regex() {
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
    public String toString() {
        return glob;
    }
}
