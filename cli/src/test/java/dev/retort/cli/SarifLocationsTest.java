package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file a SARIF result points at, and how its path is written inside and outside a git repository. */
class SarifLocationsTest {

    private static Map<String, Object> physicalLocation(Path project, String origin) {
        SarifLocations locations = new SarifLocations(new EntitySources(project, List.of()),
                project.resolve("retort.properties"));
        return locations.physicalLocation(origin);
    }

    @Test
    void insideARepositoryPathsAreRelativeToItsRoot(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/x\n");
        Path project = Files.createDirectories(dir.resolve("db migrations"));
        Path source = project.resolve("src/main/java/dev/shop/Order.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package dev.shop;\n\nclass Order {\n}\n");

        assertThat(physicalLocation(project, "entity dev.shop.Order")).isEqualTo(Map.of(
                "artifactLocation", Map.of("uri", "db%20migrations/src/main/java/dev/shop/Order.java",
                        "uriBaseId", "%SRCROOT%"),
                "region", Map.of("startLine", 3)));
        assertThat(physicalLocation(project, null)).isEqualTo(Map.of(
                "artifactLocation", Map.of("uri", "db%20migrations/retort.properties", "uriBaseId", "%SRCROOT%"),
                "region", Map.of("startLine", 1)));
    }

    @Test
    void outsideARepositoryPathsAreAbsoluteFileUris(@TempDir Path project) {
        assertThat(physicalLocation(project, "entity dev.shop.Gone")).isEqualTo(Map.of(
                "artifactLocation", Map.of("uri", project.resolve("retort.properties").toUri().toString()),
                "region", Map.of("startLine", 1)));
    }
}
