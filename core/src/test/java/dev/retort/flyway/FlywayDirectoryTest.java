package dev.retort.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revisions.DuplicateRevisionException;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFileException;
import dev.retort.revisions.RevisionGraph;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Flyway directory read as a line of revisions in Flyway's order, and where the next version goes. */
class FlywayDirectoryTest {

    @TempDir
    Path directory;

    @Test
    void versionsAreALineInFlywaysNumericOrderWithTheirUndoScriptsAsDowngrades() throws IOException {
        write("V1__create_library.sql", "CREATE TABLE a (id int);");
        write("V1_9__second.sql", "CREATE TABLE b (id int);");
        write("sub/V1.10__third_step.sql", "CREATE TABLE c (id int);");
        write("U1_10__third_step.sql", "DROP TABLE c;");
        write("R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;");
        write("V1_10__third_step.sql.conf", "executeInTransaction=false");

        RevisionGraph graph = FlywayDirectory.loadGraph(directory);

        assertThat(graph.revisions()).extracting(Revision::id).containsExactly("1", "1.9", "1.10");
        Revision third = graph.revision("1.10");
        assertThat(third.parents()).containsExactly("1.9");
        assertThat(third.message()).isEqualTo("third step");
        assertThat(third.downgrade().statements()).singleElement().satisfies(s -> assertThat(s.sql())
                .isEqualTo("DROP TABLE c"));
        assertThat(graph.revision("1.9").downgrade().isEmpty()).isTrue();
        assertThat(graph.resolve("head")).containsExactly("1.10");
    }

    @Test
    void theNextVersionIsTheIntegerAfterTheHighestMajor() throws IOException {
        FlywayScriptWriter writer = new FlywayScriptWriter(directory, null);
        assertThat(writer.nextVersion()).hasToString("1");
        write("V1__a.sql", "SELECT 1;");
        write("V1_1__b.sql", "SELECT 1;");
        assertThat(writer.nextVersion()).hasToString("2");
        write("V2__c.sql", "SELECT 1;");
        assertThat(writer.nextVersion()).hasToString("3");
    }

    @Test
    void versionsCompareAsNumbersWithMissingPartsZero() {
        assertThat(FlywayVersion.parse("1.10")).isGreaterThan(FlywayVersion.parse("1.9"));
        assertThat(FlywayVersion.parse("1.0")).isEqualByComparingTo(FlywayVersion.parse("1"));
        assertThat(FlywayVersion.parse("2_0_1")).hasToString("2.0.1");
        assertThat(FlywayVersion.parse("3.0")).hasToString("3");
    }

    @Test
    void anUndoScriptWithoutItsMigrationIsNamedAsTheProblem() throws IOException {
        write("V1__a.sql", "SELECT 1;");
        write("U2__b.sql", "SELECT 1;");

        assertThatThrownBy(() -> FlywayDirectory.loadGraph(directory)).isInstanceOf(RevisionFileException.class)
                .hasMessageContaining("U2__b.sql").hasMessageContaining("without its migration");
    }

    @Test
    void twoScriptsOfOneVersionAreRefusedAsFlywayRefusesThem() throws IOException {
        write("V1__a.sql", "SELECT 1;");
        write("V1_0__b.sql", "SELECT 1;");

        assertThatThrownBy(() -> FlywayDirectory.loadGraph(directory)).isInstanceOf(DuplicateRevisionException.class);
    }

    private void write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
