package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Flyway project is linted like retort's: the versions Flyway's history does not record are pending, each finding
 * at its {@code V*__*.sql} file's line.
 */
@ExtendWith(PostgresExtension.class)
class FlywayLintTest {

    private static final String MIGRATIONS = "db/migration";

    @Test
    void theVersionsFlywayHasNotAppliedAreLintedAtTheirFilesLines(TestDatabase database, @TempDir Path dir)
            throws IOException {
        Path migrations = Files.createDirectories(dir.resolve(MIGRATIONS));
        try (InputStream v1 = getClass().getResourceAsStream(
                "/dev/retort/cli/flyway/library/V1__create_library.sql")) {
            Files.copy(v1, migrations.resolve("V1__create_library.sql"));
        }
        TestProject project = TestProject.init(dir, database, EntityCompiler.library(), "dev.retort.e2e.library");
        project.setProperty("script.format", "flyway");
        project.setProperty("script.location", MIGRATIONS);
        Flyway.configure().dataSource(database.url(), database.user(), database.password())
                .locations("filesystem:" + migrations).load().migrate();
        Path v2 = Files.writeString(migrations.resolve("V2__no_isbn.sql"),
                "SET lock_timeout = '5s';\n\nALTER TABLE book DROP COLUMN isbn;\n", StandardCharsets.UTF_8);

        CliResult pending = project.run("lint");
        CliResult named = project.run("lint", v2.toString());

        assertThat(pending.exitCode()).as("%s", pending).isEqualTo(ExitCode.LINT);
        assertThat(pending.out().lines()).first().asString()
                .startsWith(v2 + ":3: data-loss: drops column public.book.isbn (public.book ~0 rows, ");
        assertThat(pending.out()).endsWith("Lint: 2 findings in 1 revision (2 open, 0 accepted with"
                + " -- retort:lint-ignore)." + System.lineSeparator());
        assertThat(named.out()).isEqualTo(pending.out());
        // V1 alone (applied): it creates what it touches
        assertThat(project.ok("lint", migrations.resolve("V1__create_library.sql").toString()).out())
                .isEqualTo("Lint: no findings in 1 revision." + System.lineSeparator());
    }
}
