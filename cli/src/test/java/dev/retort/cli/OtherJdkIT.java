package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.TestJdks.Jdk;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code ./retort} launcher on the other JDKs of this machine ({@link TestJdks}: 21 and 25 besides the 17 the
 * build runs on, say), reading entities compiled for that JDK's own release: the whole workflow, the class-data
 * sharing archive the launcher keeps for that JVM, and nothing on stderr from the JVM or the libraries (deprecation
 * warnings about {@code sun.misc.Unsafe}, restricted methods, CDS). And entities compiled for a newer Java than
 * retort runs on: one line naming the class and the JDK to use.
 */
@ExtendWith(PostgresExtension.class)
class OtherJdkIT {

    private static final String PACKAGE = "dev.retort.e2e.library";
    private static final String AGREE = "No differences: the entities and the database agree.";
    private static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("retort");
    /** What JVMs and libraries print on stderr unasked: "WARNING: ...", "[0.1s][warning][cds] ...". */
    private static final Pattern JVM_NOISE = Pattern.compile(
            "(?i)^WARNING:|\\[(warning|error)\\]|sun\\.misc\\.Unsafe|restricted method|enable-native-access|\\bCDS\\b");
    /** Spring Boot 4 applications are commonly built for Java 21; the newest JDK compiles for it when it can. */
    private static final int COMMON_APPLICATION_RELEASE = 21;

    /** The JDKs besides the running one (none found fails, naming where it looked). */
    static Stream<Jdk> otherJdks() {
        return TestJdks.others().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherJdks")
    void theWholeWorkflowRunsOnTheJdkWithEntitiesCompiledForItsReleaseAndMapsAnArchiveOfItsOwn(Jdk jdk,
            TestDatabase database, @TempDir Path dir, @TempDir Path archives) throws Exception {
        Path classes = EntityCompiler.compileWith(jdk.home(), jdk.release(), "library", dir.resolve("classes"));
        assertThat(majorVersion(classes.resolve("dev/retort/e2e/library/Book.class"))).isEqualTo(jdk.release() + 44);
        Path project = dir.resolve("project");

        run(jdk, database, archives, "init", project.toString(), "--url", database.url(), "--user", database.user(),
                "--entities-classpath", classes.toString(), "--packages", PACKAGE);
        CliResult revision = run(jdk, database, archives, "-p", project.toString(), "revision", "--autogenerate",
                "-m", "library");
        assertThat(revision.out()).startsWith("Wrote ").contains("(5 upgrade statements, 0 destructive)");
        assertThat(archives(archives)).as("the autogenerating run leaves an archive for this JVM").singleElement()
                .asString().endsWith(".jsa");
        run(jdk, database, archives, "-p", project.toString(), "upgrade");
        CliResult first = run(jdk, database, archives, "-p", project.toString(), "check");
        assertThat(first.out().strip()).isEqualTo(AGREE);
        assertThat(first.err()).isEmpty();

        Path classLoading = dir.resolve("class-load.log");
        CliResult mapped = run(jdk, database, archives, Map.of("RETORT_JAVA_OPTS",
                "-Xlog:class+load=info:file=" + classLoading), "-p", project.toString(), "check");
        assertThat(mapped.out().strip()).isEqualTo(AGREE);
        assertThat(mapped.err()).isEmpty();
        assertThat(Files.readAllLines(classLoading)).as("Hibernate's classes come from %s's archive", jdk).anyMatch(
                line -> line.contains("org.hibernate.boot.MetadataSources source: shared objects file (top)"));
        assertThat(archives(archives)).hasSize(1);
    }

    @Test
    void entitiesCompiledForANewerJavaThanRetortRunsOnAreOneLineNamingTheClassItsReleaseAndTheJdkToUse(
            TestDatabase database, @TempDir Path dir, @TempDir Path archives) throws Exception {
        List<Jdk> jdks = TestJdks.all();
        Jdk oldest = jdks.get(0);
        Jdk newest = jdks.get(jdks.size() - 1);
        assertThat(newest.release()).as("every JDK found is Java %d (%s): a newer one is needed to compile entities"
                + " %s cannot load; list one in %s", oldest.release(), jdks, oldest, TestJdks.VARIABLE)
                .isGreaterThan(oldest.release());
        int release = oldest.release() < COMMON_APPLICATION_RELEASE && newest.release() >= COMMON_APPLICATION_RELEASE
                ? COMMON_APPLICATION_RELEASE : newest.release();
        Path classes = EntityCompiler.compileWith(newest.home(), release, "library", dir.resolve("classes"));
        Path project = dir.resolve("project");
        run(oldest, database, archives, "init", project.toString(), "--url", database.url(), "--user",
                database.user(), "--entities-classpath", classes.toString(), "--packages", PACKAGE);

        for (String command : List.of("check", "revision")) {
            List<String> args = command.equals("check") ? List.of("-p", project.toString(), "check")
                    : List.of("-p", project.toString(), "revision", "--autogenerate", "-m", "library");
            CliResult refused = launch(oldest, database, archives, Map.of(), args);

            assertThat(refused.exitCode()).as("%s", refused).isEqualTo(ExitCode.ERROR);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err()).isEqualTo("retort " + command + ": class " + PACKAGE + ".Author is compiled for"
                    + " Java " + release + " (class file version " + (release + 44) + "), newer than the Java "
                    + oldest.release() + " retort runs on (" + oldest.home() + "): run retort on a JDK " + release
                    + " or newer (set JAVA_HOME to it)\n");
        }
    }

    /** {@code ./retort ARGS} with {@code JAVA_HOME} set to the JDK; insists on exit 0 and no noise on stderr. */
    private static CliResult run(Jdk jdk, TestDatabase database, Path archives, String... args)
            throws IOException, InterruptedException {
        return run(jdk, database, archives, Map.of(), args);
    }

    private static CliResult run(Jdk jdk, TestDatabase database, Path archives, Map<String, String> variables,
            String... args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        CliResult result = launch(jdk, database, archives, variables, List.of(args));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s: retort %s: %d ms%n", jdk, String.join(" ", args), millis);
        assertThat(result.exitCode()).as("retort %s on %s\n%s", String.join(" ", args), jdk, result).isZero();
        assertThat(result.errLines()).as("what %s printed on stderr", jdk)
                .noneMatch(line -> JVM_NOISE.matcher(line).find());
        return result;
    }

    private static CliResult launch(Jdk jdk, TestDatabase database, Path archives, Map<String, String> variables,
            List<String> args) throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(variables);
        environment.put("RETORT_CDS_DIR", archives.toString());
        environment.put("JAVA_HOME", jdk.home().toString());
        if (!database.password().isEmpty()) {
            environment.put("RETORT_DATABASE_PASSWORD", database.password());
        }
        List<String> command = Stream.concat(Stream.of(LAUNCHER.toString()), args.stream()).toList();
        return DeployRun.start(command, archives, environment).finish(180).cli();
    }

    private static int majorVersion(Path classFile) throws IOException {
        byte[] bytes = Files.readAllBytes(classFile);
        return (bytes[6] & 0xff) << 8 | bytes[7] & 0xff;
    }

    private static List<Path> archives(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
