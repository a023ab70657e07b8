package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import dev.retort.workflow.RetortWrites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hand-written lint fixture is SQL PostgreSQL runs: its upgrade, run by retort's runner on a copy of the base
 * schema with rows, succeeds; except the one whose finding says it cannot (a NOT NULL column without default on a
 * table with rows), which fails as its rule says.
 */
@ExtendWith(PostgresExtension.class)
class LintFixturesApplyTest {

    private static final String FAILS_ON_ROWS = "not-null-without-default-positive";

    private static TestDatabase base;

    @BeforeAll
    static void createBase(TestDatabase database) {
        LintFixtures.createBaseSchema(database);
        base = database;
    }

    static Stream<String> fixtures() throws Exception {
        Path directory = LintFixtures.path("lint-ignore").getParent();
        try (Stream<Path> files = Files.list(directory)) {
            List<String> names = files.map(file -> file.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .map(n -> n.substring(0, n.length() - ".sql".length())).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(LintRule.values().length * 2);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theFixturesUpgradeRunsOnTheBaseSchema(String name) throws Exception {
        Revision revision = RevisionFile.read(LintFixtures.path(name));
        try (TestDatabase database = base.copy()) {
            if (name.equals(FAILS_ON_ROWS)) {
                assertThatThrownBy(() -> RetortWrites.upgrade(database, revision))
                        .hasMessageContaining("column \"tier\" of relation \"customer\" contains null values");
            } else {
                RetortWrites.upgrade(database, revision);
            }
        }
    }
}
