package dev.retort.cli;

import static dev.retort.cli.FlywayNoTransactionTest.copyLibraryV1;
import static dev.retort.cli.FlywayNoTransactionTest.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.ConfigLoader;
import dev.retort.config.FlywaySettings;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Flyway" section run as it stands: its {@code flyway.toml} and {@code retort.properties} (the library
 * model's package in place of {@code com.example.library}), a hand-written {@code sql/V1} that uses the placeholder,
 * then its commands in order, {@code flyway migrate} by Flyway's API configured as the TOML says; and its Spring Boot
 * YAML read into the same Flyway settings.
 */
@ExtendWith(PostgresExtension.class)
class ReadmeFlywayExampleTest {

    private static final String SECTION = "### Flyway";
    private static final String PACKAGE = "dev.retort.e2e.library";

    @Test
    void theReadmesFlywayExampleRunsAsWritten(TestDatabase database, @TempDir Path dir, @TempDir Path compiled)
            throws Exception {
        String section = Readme.section(SECTION);
        Files.writeString(dir.resolve("flyway.toml"), Readme.block(section, "toml"));
        String properties = Readme.block(section, "properties").replace("com.example.library", PACKAGE)
                + "database.url=" + database.url() + "\ndatabase.user=" + database.user() + "\n"
                + "history.database=" + database.url() + "\n";
        Files.writeString(dir.resolve("retort.properties"), properties + "entities.classpath="
                + EntityCompiler.library() + "\n");
        Path sql = dir.resolve("sql");
        copyLibraryV1(sql);
        Path v1 = sql.resolve("V1__create_library.sql");
        Files.writeString(v1, read(v1).replace("title varchar(200)", "title varchar(${title_length})"));
        FluentConfiguration flyway = Flyway.configure().dataSource(database.url(), database.user(),
                database.password()).locations("filesystem:" + sql).table("schema_history")
                .placeholders(Map.of("title_length", "200"));
        flyway.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        flyway.load().migrate();
        List<String> atV1 = CatalogSnapshot.of(database);

        List<String> commands = Readme.block(section, "sh").lines().toList();
        for (String command : commands) {
            String line = command.replaceFirst("\\s+#.*$", "");
            if (line.equals("flyway migrate")) {
                flyway.load().migrate();
                continue;
            }
            if (line.contains("revision")) {
                // The developer's edit the revision is for: a subtitle on the book.
                Files.writeString(dir.resolve("retort.properties"), properties + "entities.classpath="
                        + EntityCompiler.compile("library", "add-column", compiled) + "\n");
            }
            List<String> args = new ArrayList<>(List.of("-p", dir.toString()));
            args.addAll(Readme.retortCommands(line).get(0));
            CliResult result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as("%s\n%s", command, result).isZero();
            if (line.contains("--verbose")) {
                assertThat(result.err()).contains("retort: setting script.format = flyway (detected: V*__*.sql"
                        + " files in sql)");
            }
        }
        assertThat(sql.resolve("V2__add_subtitle.sql")).exists();
        assertThat(sql.resolve("U2__add_subtitle.sql")).exists();
        assertThat(CatalogSnapshot.of(database)).isEqualTo(atV1);
        assertThat(database.queryColumn("SELECT string_agg(version, ',') FROM schema_history")).containsExactly("1");
    }

    @Test
    void theReadmesSpringBootYamlSaysWhatTheTomlSays(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(dir.resolve("src/main/resources/application.yml"),
                Readme.block(Readme.section(SECTION), "yaml"));
        Files.writeString(dir.resolve("retort.properties"), "entities.packages=x\n");

        FlywaySettings flyway = ConfigLoader.load(dir.resolve("retort.properties"), Map.of()).flyway();

        assertThat(flyway.defaultSchema()).contains("library");
        assertThat(flyway.schemas()).containsExactly("library");
        assertThat(flyway.placeholders()).containsExactlyEntriesOf(Map.of("title_length", "200"));
        assertThat(flyway.sessionLock()).isTrue();
    }
}
