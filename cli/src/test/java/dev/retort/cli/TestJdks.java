package dev.retort.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The JDKs the tests run retort on besides the one running the tests. {@code RETORT_TEST_JDKS} lists their homes
 * (path-separated). Unset, every JDK 17 or newer
 * found where JDKs are installed (its {@code release} file says its version) is taken, other than the running one.
 * Finding none is a failure naming where it looked, never a silent skip.
 */
final class TestJdks {

    static final String VARIABLE = "RETORT_TEST_JDKS";

    private static final int OLDEST_SUPPORTED = 17;
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)(?:\\.(\\d+))?");

    private TestJdks() {
    }

    /** A JDK: its home, and the Java release it runs (17, 21, 25). */
    record Jdk(Path home, int release) {

        @Override
        public String toString() {
            return "JDK " + release + " (" + home + ")";
        }
    }

    /** The JDK running the tests. */
    static Jdk running() {
        Path home = realPath(Path.of(System.getProperty("java.home")));
        return new Jdk(home, Runtime.version().feature());
    }

    /** The other JDKs; none is a failure naming where they were looked for. */
    static List<Jdk> others() {
        String listed = System.getenv(VARIABLE);
        if (listed != null && !listed.isBlank()) {
            List<Jdk> jdks = new ArrayList<>();
            for (String home : listed.split(File.pathSeparator)) {
                if (!home.isBlank()) {
                    jdks.add(listedJdk(Path.of(home.strip())));
                }
            }
            return List.copyOf(jdks);
        }
        Map<Path, Jdk> found = new TreeMap<>();
        for (Path home : installed()) {
            Path real = realPath(home);
            release(real).filter(release -> release >= OLDEST_SUPPORTED)
                    .filter(release -> Files.isExecutable(real.resolve("bin/java")))
                    .filter(release -> !real.equals(running().home()))
                    .ifPresent(release -> found.put(real, new Jdk(real, release)));
        }
        if (found.isEmpty()) {
            throw new AssertionError("no JDK 17 or newer other than the running " + running() + " under "
                    + String.join(", ", searched()) + ": install one (a JDK 25, say), list JAVA_HOMEs in " + VARIABLE
                    + " (separated by " + File.pathSeparator + ")");
        }
        return List.copyOf(found.values());
    }

    /** The running JDK and the others, oldest first. */
    static List<Jdk> all() {
        List<Jdk> all = new ArrayList<>(others());
        all.add(running());
        all.sort(Comparator.comparingInt(Jdk::release));
        return all;
    }

    private static Jdk listedJdk(Path home) {
        Path real = realPath(home);
        int release = release(real).orElseThrow(() -> new AssertionError(VARIABLE + " lists " + home
                + ", which is no JDK: it has no release file saying its JAVA_VERSION"));
        if (release < OLDEST_SUPPORTED || !Files.isExecutable(real.resolve("bin/java"))) {
            throw new AssertionError(VARIABLE + " lists " + home + " (Java " + release + "), which is not a JDK "
                    + OLDEST_SUPPORTED + " or newer with a bin/java");
        }
        return new Jdk(real, release);
    }

    private static List<String> searched() {
        return List.of("/usr/lib/jvm", "/Library/Java/JavaVirtualMachines/*/Contents/Home",
                "~/.sdkman/candidates/java");
    }

    private static List<Path> installed() {
        List<Path> homes = new ArrayList<>(children(Path.of("/usr/lib/jvm")));
        children(Path.of("/Library/Java/JavaVirtualMachines"))
                .forEach(bundle -> homes.add(bundle.resolve("Contents/Home")));
        homes.addAll(children(Path.of(System.getProperty("user.home"), ".sdkman/candidates/java")));
        return homes;
    }

    private static List<Path> children(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release a JDK's {@code release} file names: 17 for "17.0.15", 8 for "1.8.0_452". */
    private static Optional<Integer> release(Path home) {
        Path file = home.resolve("release");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.map(JAVA_VERSION::matcher).filter(Matcher::find).findFirst()
                    .map(m -> m.group(1).equals("1") && m.group(2) != null ? m.group(2) : m.group(1))
                    .map(Integer::valueOf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
