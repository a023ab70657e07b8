package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision that adds an enum label and makes it a column's default in one go is one PostgreSQL refuses. retort
 * says so where the user looks when it writes the revision, not only when the upgrade fails: in the revision file's
 * header and as a warning on stderr.
 */
@ExtendWith(PostgresExtension.class)
class EnumLabelWarningTest {

    private static final String PACKAGE = "dev.retort.e2e.ticketing";
    private static final String HAZARD = "the upgrade adds label 'URGENT' to type public.priority and sets the"
            + " default of column public.ticket.priority to it in the same transaction, which PostgreSQL refuses"
            + " (unsafe use of new value): make two revisions, the label first";

    @TempDir
    static Path compiled;

    private static Path base;
    private static Path urgentByDefault;

    @BeforeAll
    static void compileTheModels() {
        base = EntityCompiler.compile("ticketing", "base", compiled.resolve("base"));
        urgentByDefault = EntityCompiler.compile("ticketing", "urgent-by-default", compiled.resolve("urgent"));
    }

    @Test
    void aLabelAddedAndMadeTheDefaultInOneRevisionIsWarnedAboutInTheFileAndOnStderr(TestDatabase database,
                                                                                  @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, base, PACKAGE);
        project.autogenerate("tickets").orElseThrow();
        project.ok("upgrade");
        project.useEntities(urgentByDefault);
        List<Path> before = project.revisionFiles();

        CliResult revision = project.ok("revision", "--autogenerate", "-m", "urgent by default");

        List<Path> written = new ArrayList<>(project.revisionFiles());
        written.removeAll(before);
        assertThat(written).as("%s", revision).hasSize(1);
        assertThat(Files.readAllLines(written.get(0), StandardCharsets.UTF_8))
                .contains("--   PostgreSQL will refuse this revision: " + HAZARD);
        assertThat(revision.errLines()).as("%s", revision).containsExactly("retort revision: warning: " + HAZARD);

        CliResult upgrade = project.run("upgrade");
        assertThat(upgrade.exitCode()).as("the warning is true\n%s", upgrade).isEqualTo(3);
        assertThat(upgrade.err()).contains("unsafe use of new value");
    }
}
