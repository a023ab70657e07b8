package dev.retort.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.compare.AcceptedDifferences;
import dev.retort.compare.Aspect;
import dev.retort.compare.Category;
import dev.retort.compare.Difference;
import dev.retort.config.ConfigException;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptedDifferencesFileTest {

    @TempDir
    Path directory;

    @Test
    void whatIsWrittenIsReadBackAndAcceptsExactlyTheSameDifferences() throws Exception {
        QualifiedName table = QualifiedName.of("Shop Data", "order\tlines");
        Difference wider = new Difference(ObjectPath.column(table, "note"), Aspect.TYPE, "text",
                "character varying(255)", "length", Category.COLUMN_TYPE_WIDER);
        Difference check = new Difference(ObjectPath.table(table), Aspect.PRESENCE, "(a > 0)\nAND b", null,
                "in the database", Category.CONSTRAINT_EXTRA).withIdentity("check \\ (a > 0)");
        Path file = directory.resolve("accepted-differences.tsv");

        AcceptedDifferencesFile.write(file, List.of(wider, check));
        AcceptedDifferences read = AcceptedDifferencesFile.read(file);

        assertThat(read.accepts(wider)).isTrue();
        assertThat(read.accepts(check)).isTrue();
        assertThat(read.accepts(new Difference(wider.path(), Aspect.TYPE, "text", "character varying(100)", "length",
                Category.COLUMN_TYPE_WIDER))).isFalse();
        assertThat(Files.readString(file)).contains("# column Shop Data.order\tlines.note: type text -> ");
    }

    @Test
    void noFileAcceptsNothing() throws Exception {
        assertThat(AcceptedDifferencesFile.read(directory.resolve("absent.tsv")).isEmpty()).isTrue();
    }

    @Test
    void aBrokenLineIsOneErrorNamingTheFileAndLine() throws Exception {
        Path file = directory.resolve("accepted-differences.tsv");
        Files.writeString(file, "# comment\ncolumn.type.wider\tcolumn\tpublic\n");

        assertThatThrownBy(() -> AcceptedDifferencesFile.read(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(file + ":2: expected 8 fields, found 3");
    }
}
