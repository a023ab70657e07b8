package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./retort} launcher as a user runs it, after {@code mvn package} (hence an integration test): the jar,
 * the JVM options and the class-data sharing archive that the first check leaves for later runs.
 */
@ExtendWith(PostgresExtension.class)
class LauncherIT {

    private static final String PACKAGE = "dev.retort.e2e.library";
    private static final String AGREE = "No differences: the entities and the database agree.";
    private static final Path LAUNCHER = Path.of("").toAbsolutePath().getParent().resolve("retort");
    private static final Path JAR = Path.of("target", "retort.jar").toAbsolutePath();

    private static final Path library = EntityCompiler.library();

    @Test
    void theFirstCheckLeavesAnArchiveThatLaterRunsMapAndAStaleOrBrokenOneIsReplacedOrIgnored(TestDatabase database,
            @TempDir Path dir, @TempDir Path archives) throws Exception {
        TestProject project = upToDate(database, dir);

        CliResult version = launch(archives, Map.of(), "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(archives(archives)).as("--version loads too little to be worth archiving").isEmpty();

        CliResult first = launch(archives, Map.of(), "-p", project.directory().toString(), "check");
        assertThat(first.exitCode()).as("%s", first).isZero();
        assertThat(first.out().strip()).isEqualTo(AGREE);
        assertThat(first.err()).isEmpty();
        assertThat(archives(archives)).singleElement();
        Path archive = archives(archives).get(0);
        assertThat(archive.getFileName().toString()).endsWith(".jsa");

        Path classLoading = dir.resolve("class-load.log");
        CliResult mapped = launch(archives, Map.of("RETORT_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLoading),
                "-p", project.directory().toString(), "check");
        assertThat(mapped.exitCode()).as("%s", mapped).isZero();
        assertThat(mapped.out().strip()).isEqualTo(AGREE);
        assertThat(mapped.err()).isEmpty();
        assertThat(Files.readAllLines(classLoading)).as("Hibernate's classes come from the archive")
                .anyMatch(line -> line.contains("org.hibernate.boot.MetadataSources source: shared objects file (top)"));

        FileTime beforeTheJar = FileTime.fromMillis(Files.getLastModifiedTime(JAR).toMillis() - 60_000);
        Files.setLastModifiedTime(archive, beforeTheJar);
        CliResult rebuilt = launch(archives, Map.of(), "-p", project.directory().toString(), "check");
        assertThat(rebuilt.exitCode()).isZero();
        assertThat(Files.getLastModifiedTime(archive)).as("an archive older than the jar is made again")
                .isGreaterThan(Files.getLastModifiedTime(JAR));

        Files.writeString(archive, "not an archive");
        CliResult broken = launch(archives, Map.of(), "-p", project.directory().toString(), "check");
        assertThat(broken.exitCode()).as("%s", broken).isZero();
        assertThat(broken.out().strip()).isEqualTo(AGREE);
        assertThat(broken.err()).as("an archive the JVM cannot use is ignored without a word").isEmpty();
        assertThat(archives(archives)).containsExactly(archive);
    }

    @Test
    void anArchiveOlderThanALibraryIsMadeAgainThoughTheJarItselfDidNotChange(TestDatabase database,
            @TempDir Path dir, @TempDir Path installation, @TempDir Path archives) throws Exception {
        TestProject project = upToDate(database, dir);
        Path launcher = installedCopy(installation);
        Path coreJar = installation.resolve("cli/target/lib").resolve(coreJarName());
        CliResult first = launch(launcher, archives, Map.of(), "-p", project.directory().toString(), "check");
        assertThat(first.out()).isEqualTo(AGREE + "\n");
        Path archive = archives(archives).get(0);

        // what `mvn package` leaves when only core changed: a newer lib/core jar, retort.jar as it was
        FileTime now = Files.getLastModifiedTime(archive);
        Files.setLastModifiedTime(installation.resolve("cli/target/retort.jar"), FileTime.fromMillis(now.toMillis() - 100_000));
        FileTime beforeTheLibrary = FileTime.fromMillis(now.toMillis() - 50_000);
        Files.setLastModifiedTime(archive, beforeTheLibrary);
        Files.setLastModifiedTime(coreJar, now);
        CliResult rebuilt = launch(launcher, archives, Map.of(), "-p", project.directory().toString(), "check");
        assertThat(rebuilt.out()).isEqualTo(AGREE + "\n");
        assertThat(Files.getLastModifiedTime(archive)).as("an archive older than a library is made again")
                .isGreaterThan(beforeTheLibrary);
    }

    /** The launcher and the jar copied, the libraries linked but for core's jar, copied too so its time can change. */
    private static Path installedCopy(Path installation) throws IOException {
        Path launcher = Files.copy(LAUNCHER, installation.resolve("retort"), StandardCopyOption.COPY_ATTRIBUTES);
        Path target = Files.createDirectories(installation.resolve("cli/target/lib")).getParent();
        Files.copy(JAR, target.resolve("retort.jar"));
        String core = coreJarName();
        try (Stream<Path> libraries = Files.list(JAR.resolveSibling("lib"))) {
            for (Path library : libraries.toList()) {
                Path copy = target.resolve("lib").resolve(library.getFileName());
                if (library.getFileName().toString().equals(core)) {
                    Files.copy(library, copy);
                } else {
                    Files.createSymbolicLink(copy, library);
                }
            }
        }
        return launcher;
    }

    private static String coreJarName() throws IOException {
        try (Stream<Path> libraries = Files.list(JAR.resolveSibling("lib"))) {
            return libraries.map(library -> library.getFileName().toString())
                    .filter(name -> name.startsWith("core-") && name.endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    @Test
    void aCheckThatFailsOrRunsWithoutSharingLeavesNoArchive(TestDatabase database, @TempDir Path dir,
            @TempDir Path archives) throws Exception {
        TestProject project = upToDate(database, dir);

        CliResult off = launch(archives, Map.of("RETORT_CDS", "off"), "-p", project.directory().toString(), "check");
        assertThat(off.exitCode()).isZero();
        assertThat(off.out().strip()).isEqualTo(AGREE);

        CliResult failing = launch(archives, Map.of(), "-p", dir.resolve("no-such-project").toString(), "check");
        assertThat(failing.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(failing.errLines()).singleElement().asString().startsWith("retort check: ");
        assertThat(archives(archives)).as("no archive, and no partial one left behind").isEmpty();
    }

    @Test
    void argumentsReachRetortUnchangedSpacesAndQuotesIncluded(TestDatabase database, @TempDir Path parent,
            @TempDir Path archives) throws Exception {
        TestProject project = upToDate(database, parent.resolve("a project's \"dir\" with spaces"));
        CliResult check = launch(archives, Map.of(), "-p", project.directory().toString(), "check");
        assertThat(check.exitCode()).as("%s", check).isZero();
        assertThat(check.out().strip()).isEqualTo(AGREE);
    }

    @Test
    void aCollectorChosenInRetortJavaOptsReplacesTheLaunchersOwn(TestDatabase database, @TempDir Path dir,
            @TempDir Path archives) throws Exception {
        TestProject project = upToDate(database, dir);
        CliResult check = launch(archives, Map.of("RETORT_JAVA_OPTS", "-XX:+UseG1GC -XX:+PrintFlagsFinal"),
                "-p", project.directory().toString(), "check");

        assertThat(check.exitCode()).as("%s", check).isZero();
        assertThat(check.out()).contains(AGREE).containsPattern("bool UseG1GC +=? *true")
                .containsPattern("bool UseSerialGC +=? *false");
        assertThat(check.err()).isEmpty();
    }

    @Test
    void aJavaOlderThan17IsOneLineNamingItAndTheJdkToUseInsteadOfAStackTrace(@TempDir Path home,
            @TempDir Path archives) throws Exception {
        // a Java 11 by its release file, whose bin/java would start the tests' own JVM: the launcher must not reach it
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nexec '" + DeployRun.java() + "' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"11.0.25\"\n");

        CliResult refused = launch(archives, Map.of("JAVA_HOME", home.toString()), "--version");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.ERROR);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("retort: " + java + " is Java 11; retort runs on Java 17 or newer (17, 21"
                + " and 25 are supported): set JAVA_HOME to a JDK 17 or newer\n");
    }

    private static TestProject upToDate(TestDatabase database, Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        return project;
    }

    private static CliResult launch(Path archives, Map<String, String> variables, String... args)
            throws IOException, InterruptedException {
        return launch(LAUNCHER, archives, variables, args);
    }

    private static CliResult launch(Path launcher, Path archives, Map<String, String> variables, String... args)
            throws IOException, InterruptedException {
        Map<String, String> environment = new HashMap<>(variables);
        environment.put("RETORT_CDS_DIR", archives.toString());
        environment.putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        List<String> command = Stream.concat(Stream.of(launcher.toString()), Stream.of(args)).toList();
        return DeployRun.start(command, archives, environment).finish(120).cli();
    }

    private static List<Path> archives(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
