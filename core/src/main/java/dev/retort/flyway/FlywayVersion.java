package dev.retort.flyway;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A Flyway migration version ({@code 1}, {@code 1.1}, written {@code 1_1} in a file name), ordered the way Flyway
 * orders them: part by part as numbers, a missing part counting as zero (so {@code 1.0} is {@code 1}).
 */
public record FlywayVersion(List<BigInteger> parts) implements Comparable<FlywayVersion> {

    public FlywayVersion {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a version has at least one part");
        }
    }

    /** {@code 1}, {@code 1.1} or {@code 1_1}. */
    public static FlywayVersion parse(String text) {
        return new FlywayVersion(Arrays.stream(text.split("[._]")).map(BigInteger::new).toList());
    }

    /**
     * The next integer major after this one: {@code 2} after {@code 1} and after {@code 1.3}. A generated migration
     * never slots between versions a person numbered by hand, and integers are what most Flyway projects use.
     */
    public FlywayVersion nextMajor() {
        return new FlywayVersion(List.of(parts.get(0).add(BigInteger.ONE)));
    }

    @Override
    public int compareTo(FlywayVersion other) {
        int length = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < length; i++) {
            int compared = part(i).compareTo(other.part(i));
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }

    private BigInteger part(int index) {
        return index < parts.size() ? parts.get(index) : BigInteger.ZERO;
    }

    /** Without trailing zero parts, as Flyway prints versions in {@code flyway_schema_history}: {@code 1.1}. */
    @Override
    public String toString() {
        List<BigInteger> shown = new ArrayList<>(parts);
        while (shown.size() > 1 && shown.get(shown.size() - 1).signum() == 0) {
            shown.remove(shown.size() - 1);
        }
        return shown.stream().map(BigInteger::toString).collect(Collectors.joining("."));
    }
}
