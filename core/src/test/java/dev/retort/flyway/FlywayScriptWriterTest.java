package dev.retort.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFileException;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A revision written as Flyway's V and U scripts, through the template, read back before anything is written. */
class FlywayScriptWriterTest {

    @TempDir
    Path directory;

    private RevisionDocument document(String version) {
        return new RevisionDocument(version, List.of("2"), "Add orders!", Instant.parse("2026-12-06T10:00:00Z"),
                List.of(new ScriptStatement("table public.orders: missing", "CREATE TABLE public.orders (id int)",
                        false)),
                List.of(new ScriptStatement("undo: table public.orders", "DROP TABLE public.orders", true)),
                List.of(), "test");
    }

    @Test
    void theUpgradeGoesToTheVScriptAndTheDowngradeToItsUndoScript() throws Exception {
        Files.writeString(directory.resolve("V1__a.sql"), "SELECT 1;");
        Files.writeString(directory.resolve("V2__b.sql"), "SELECT 1;");
        FlywayScriptWriter writer = new FlywayScriptWriter(directory, RevisionTemplates.flywayForProject(directory));

        Revision written = writer.write(document(writer.nextVersion().toString())).get(0);

        assertThat(written.file()).isEqualTo(directory.resolve("V3__add_orders.sql"));
        assertThat(written.parents()).containsExactly("2");
        assertThat(Files.readString(directory.resolve("V3__add_orders.sql")))
                .contains("CREATE TABLE public.orders (id int);").doesNotContain("DROP TABLE")
                .doesNotContain("retort:");
        assertThat(Files.readString(directory.resolve("U3__add_orders.sql")))
                .contains("-- DESTRUCTIVE: may lose data\nDROP TABLE public.orders;").doesNotContain("CREATE TABLE");
    }

    @Test
    void aProjectTemplateThatLosesAStatementWritesNeitherScript() throws IOException {
        Files.writeString(directory.resolve(RevisionTemplates.FLYWAY_TEMPLATE_FILE), "-- ${message}\n");
        FlywayScriptWriter writer = new FlywayScriptWriter(directory, RevisionTemplates.flywayForProject(directory));

        assertThatThrownBy(() -> writer.write(document("1"))).isInstanceOf(RevisionFileException.class)
                .hasMessageContaining("V1__add_orders.sql").hasMessageContaining("lacks the statement for table"
                        + " public.orders: missing");
        assertThat(directory.resolve("V1__add_orders.sql")).doesNotExist();
        assertThat(directory.resolve("U1__add_orders.sql")).doesNotExist();
    }
}
