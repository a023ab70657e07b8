package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category;
import dev.retort.compare.Category.Action;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of retort.properties decide as the README says: the most specific matching rule wins, wherever either
 * rule sorts or stands in the file; between equally specific globs, the key that sorts first wins, whatever the
 * order of the lines.
 */
class PolicyRulePrecedenceFromConfigurationTest {

    private static final ObjectPath AUDIT_LOG = ObjectPath.table(QualifiedName.of("audit", "log"));

    @Test
    void theMoreSpecificGlobWinsThoughItsKeySortsBeforeTheGeneralOne(@TempDir Path dir) throws Exception {
        Action action = tableExtraActionFor(dir, """
                retort.table.extra@lo*=ignore
                retort.table.extra@audit.log=apply
                """);

        assertThat(action).isEqualTo(Action.APPLY);
    }

    @Test
    void theMoreSpecificGlobWinsOverTheRuleForEveryObject(@TempDir Path dir) throws Exception {
        Action action = tableExtraActionFor(dir, """
                retort.table.extra@audit.*=apply
                retort.table.extra=ignore
                """);

        assertThat(action).isEqualTo(Action.APPLY);
    }

    @Test
    void betweenEquallySpecificGlobsTheKeyThatSortsFirstWinsWhateverTheLineOrder(@TempDir Path dir) throws Exception {
        Action lOgFirst = tableExtraActionFor(dir, """
                retort.table.extra@audit.l?g=apply
                retort.table.extra@audit.?og=ignore
                """);
        Action qOgFirst = tableExtraActionFor(dir, """
                retort.table.extra@audit.?og=ignore
                retort.table.extra@audit.l?g=apply
                """);

        assertThat(lOgFirst).isEqualTo(Action.IGNORE);
        assertThat(qOgFirst).isEqualTo(Action.IGNORE);
    }

    private static Action tableExtraActionFor(Path dir, String properties) throws Exception {
        Path file = dir.resolve("retort.properties");
        Files.writeString(file, "database.url=jdbc:postgresql://localhost/app\n" + properties);
        return ConfigLoader.load(file, Map.of()).policy().actionFor(Category.TABLE_EXTRA, AUDIT_LOG);
    }
}
