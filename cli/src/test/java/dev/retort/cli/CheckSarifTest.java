package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --format sarif}: the same differences as the text report, as a SARIF log GitHub code scanning
 * accepts, each at the entity's source line when the source is there and at {@code retort.properties} when not.
 */
@ExtendWith(PostgresExtension.class)
class CheckSarifTest {

    private static final String PACKAGE = "dev.retort.e2e.library";

    private static final Path library = EntityCompiler.library();

    private static final String BOOK_SOURCE = "src/main/java/dev/retort/e2e/library/Book.java";

    @Test
    void aDatabaseThatAgreesIsALogWithoutResults(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");

        CliResult sarif = project.run("check", "--format", "sarif");

        assertThat(sarif.exitCode()).as("%s", sarif).isEqualTo(ExitCode.OK);
        assertThat(sarif.err()).isEmpty();
        Map<String, Object> run = SarifShape.onlyRun(sarif.out());
        assertThat(SarifShape.results(run)).isEmpty();
        assertThat(SarifShape.invocation(run)).containsEntry("executionSuccessful", true)
                .containsEntry("exitCode", BigDecimal.ZERO).containsEntry("toolExecutionNotifications", List.of());
    }

    @Test
    void aDatabaseBehindTheHeadIsALogWhoseInvocationSaysSo(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.autogenerate("library").orElseThrow();

        CliResult text = project.run("check");
        CliResult sarif = project.run("check", "--format", "sarif");

        assertThat(sarif.exitCode()).as("%s", sarif).isEqualTo(ExitCode.NOT_UP_TO_DATE).isEqualTo(text.exitCode());
        assertThat(sarif.err()).isEqualTo(text.err());
        Map<String, Object> run = SarifShape.onlyRun(sarif.out());
        assertThat(SarifShape.results(run)).isEmpty();
        Map<String, Object> invocation = SarifShape.invocation(run);
        assertThat(invocation).containsEntry("executionSuccessful", false)
                .containsEntry("exitCode", new BigDecimal(ExitCode.NOT_UP_TO_DATE));
        Map<String, Object> notification = SarifShape.object(
                SarifShape.list(invocation.get("toolExecutionNotifications")).get(0));
        assertThat(notification).containsEntry("level", "error")
                .containsEntry("descriptor", Map.of("id", "not-up-to-date"));
        assertThat("retort check: " + SarifShape.messageText(notification)).isEqualTo(text.errLines().get(0));
    }

    @Test
    void everyDifferenceIsAResultWithTheTextLineAndALevelForWhatBecomesOfIt(TestDatabase database,
                                                                            @TempDir Path dir) throws IOException {
        TestProject project = TestProject.init(dir, database, library, PACKAGE);
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve(BOOK_SOURCE).getParent());
        try (InputStream book = getClass().getResourceAsStream("/dev/retort/cli/models/library/base/Book.java")) {
            Files.copy(book, dir.resolve(BOOK_SOURCE));
        }
        // Drift (reported), a table the configuration says to drop (SQL), a collation retort cannot compare (note).
        database.execute("ALTER TABLE public.book ALTER COLUMN title TYPE varchar(150)",
                "CREATE TABLE public.legacy_notes (id integer)",
                "CREATE INDEX idx_book_isbn ON public.book (isbn)",
                "ALTER TABLE public.book ALTER COLUMN isbn TYPE character varying(13) COLLATE \"C\"");
        project.setProperty("retort.table.extra@public.legacy_*", "apply");

        CliResult text = project.run("check");
        CliResult sarif = project.run("check", "--format", "sarif");

        assertThat(sarif.exitCode()).as("%s", sarif).isEqualTo(ExitCode.DRIFT).isEqualTo(text.exitCode());
        assertThat(sarif.err()).isEqualTo(text.err());
        Map<String, Object> run = SarifShape.onlyRun(sarif.out());
        List<Map<String, Object>> results = SarifShape.results(run);
        List<String> printed = text.out().lines().skip(1).map(String::strip).toList();
        assertThat(results).extracting(SarifShape::messageText).containsExactlyElementsOf(printed);
        assertThat(results).extracting(result -> result.get("ruleId") + " " + result.get("level")).containsExactly(
                "table.extra error",
                "column.type warning",
                "index.extra warning",
                "unsupported note",
                "unsupported note");
        assertThat(results).extracting(SarifShape::physicalLocation).containsExactly(
                List.of("retort.properties", "%SRCROOT%", 1),
                List.of(BOOK_SOURCE, "%SRCROOT%", 21),
                List.of(BOOK_SOURCE, "%SRCROOT%", 14),
                List.of(BOOK_SOURCE, "%SRCROOT%", 14),
                List.of(BOOK_SOURCE, "%SRCROOT%", 24));
        assertThat(results).extracting(SarifShape::logicalLocation).containsExactly(
                Map.of("fullyQualifiedName", "public.legacy_notes", "kind", "table"),
                Map.of("fullyQualifiedName", "public.book.title", "kind", "column"),
                Map.of("fullyQualifiedName", "public.book.idx_book_isbn", "kind", "index"),
                Map.of("fullyQualifiedName", "public.book.idx_book_isbn", "kind", "index"),
                Map.of("fullyQualifiedName", "public.book.isbn", "kind", "column"));
        assertThat(SarifShape.object(results.get(0).get("properties")))
                .containsEntry("cause", "drift").containsEntry("action", "operation").containsEntry("origin", null);
        assertThat(SarifShape.object(results.get(1).get("properties")))
                .containsEntry("cause", "drift").containsEntry("action", "reported")
                .containsEntry("origin", "dev.retort.e2e.library.Book.title");
        assertThat(SarifShape.object(run.get("originalUriBaseIds")))
                .containsEntry("%SRCROOT%", Map.of("uri", dir.toRealPath().toUri().toString()));
        assertThat(SarifShape.invocation(run)).containsEntry("executionSuccessful", true)
                .containsEntry("exitCode", new BigDecimal(ExitCode.DRIFT));
    }
}
