package dev.retort.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code embedded.postgres-version} picks another major from the Maven repository, where {@code mvn dependency:get}
 * puts it. The build copies that major's real binaries jar into a repository of its own for this test.
 */
class EmbeddedVersionTest {

    @TempDir
    Path cache;

    @Test
    void aMajorThatIsNotBundledComesFromTheMavenRepositoryAndRunsThatPostgres() throws Exception {
        String other = System.getProperty("retort.test.other-major-version");
        Path repository = Path.of(System.getProperty("retort.test.maven-repository"));
        String major = other.split("\\.")[0];

        try (EmbeddedPostgres server = EmbeddedPostgres.start(new EmbeddedSettings(major, cache), repository)) {
            assertThat(server.version()).isEqualTo(other);
            assertThat(EmbeddedPostgresTest.query(server, "show server_version_num")).startsWith(major);
            assertThat(server.startup().unpacked()).isTrue();
        }
        try (EmbeddedPostgres bundled = EmbeddedPostgres.start(new EmbeddedSettings("", cache), repository)) {
            assertThat(bundled.version()).as("the default stays the bundled one").isEqualTo("15.19.0");
        }
    }

    @Test
    void versionsCompareByNumberAndAMajorMatchesItsReleasesOnly() {
        assertThat(BinariesArchive.compare("15.10.0", "15.9.0")).isPositive();
        assertThat(BinariesArchive.compare("16.15.0", "16.15")).isZero();
        assertThat(BinariesArchive.matches("15.19.0", "15")).isTrue();
        assertThat(BinariesArchive.matches("15.19.0", "15.19")).isTrue();
        assertThat(BinariesArchive.matches("15.19.0", "1")).isFalse();
        assertThat(BinariesArchive.matches("15.19.0", "15.1")).isFalse();
    }
}
