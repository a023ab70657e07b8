package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** revision.renames: none by default, a comma-separated list in the file, the environment's list over it. */
class RenamesConfigTest {

    @Test
    void noRenamesByDefaultAndTheListAsWrittenOtherwise(@TempDir Path dir) throws Exception {
        assertThat(load(dir, "", Map.of()).renames()).isEmpty();
        assertThat(load(dir, "revision.renames=book.pages=page_count, author=writer\n", Map.of()).renames())
                .containsExactly("book.pages=page_count", "author=writer");
    }

    @Test
    void theEnvironmentVariableReplacesTheFilesList(@TempDir Path dir) throws Exception {
        assertThat(load(dir, "revision.renames=book.pages=page_count\n",
                Map.of("RETORT_REVISION_RENAMES", "author=writer")).renames()).containsExactly("author=writer");
    }

    @Test
    void theDatabaseAndOtherSettingsKeepTheRenames(@TempDir Path dir) throws Exception {
        RetortConfig config = load(dir, "revision.renames=author=writer\n", Map.of());

        assertThat(config.withDatabase(RetortConfig.DatabaseSettings.EMBEDDED).renames())
                .containsExactly("author=writer");
        assertThat(config.withRenames(java.util.List.of("a=b")).renames()).containsExactly("a=b");
    }

    private static RetortConfig load(Path dir, String properties, Map<String, String> environment) throws Exception {
        Path file = Files.writeString(dir.resolve("retort.properties"), "database.url=jdbc:postgresql://db/app\n"
                + properties);
        return ConfigLoader.load(file, environment);
    }
}
