package dev.retort.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.embedded.EmbeddedSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The embedded PostgreSQL that normalizes in a database's stead runs the database's major version. */
class ScratchSiteTest {

    private static final Path CACHE = Path.of("cache");

    @Test
    void theConfiguredBinariesServeOnlyWhenTheyAreOfTheDatabasesMajor() {
        assertThat(ScratchSite.sameMajor(new EmbeddedSettings("", CACHE), 16).postgresVersion()).isEqualTo("16");
        assertThat(ScratchSite.sameMajor(new EmbeddedSettings("16", CACHE), 15).postgresVersion()).isEqualTo("15");
        assertThat(ScratchSite.sameMajor(new EmbeddedSettings("15.19.0", CACHE), 15).postgresVersion())
                .isEqualTo("15.19.0");
        assertThat(ScratchSite.sameMajor(new EmbeddedSettings("1", CACHE), 15).postgresVersion()).isEqualTo("15");
    }

    @Test
    void binariesOfTheDatabasesMajorThatAreNotThereAreSaidWithWhatToDo() {
        assertThatThrownBy(() -> ScratchSite.embedded(EmbeddedSettings.defaults(), 13,
                "because the session is read-only (default_transaction_read_only=on)"))
                .isInstanceOf(NormalizationException.class)
                .hasMessageStartingWith("cannot normalize the entities without writing to the database (because the"
                        + " session is read-only (default_transaction_read_only=on)): it needs the embedded PostgreSQL"
                        + " 13, the database's major version: no PostgreSQL 13 binaries for ")
                .hasMessageContaining("fetch them with `mvn dependency:get -Dartifact=io.zonky.test.postgres:")
                .hasMessageNotContaining("embedded.postgres-version")
                .hasMessageEndingWith("; or set normalize.database to a jdbc:postgresql:// URL of a PostgreSQL 13"
                        + " server where retort may create a scratch database");
    }
}
