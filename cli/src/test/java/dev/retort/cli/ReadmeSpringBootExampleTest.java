package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.config.ConfigLoader;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Spring Boot and Quarkus" example, run as it stands: its files, then its commands. */
@ExtendWith(PostgresExtension.class)
class ReadmeSpringBootExampleTest {

    private static final String SECTION = "### Spring Boot and Quarkus";

    @Test
    void theReadmesSpringBootExampleWritesBootsNamesAndChecksClean(TestDatabase database, @TempDir Path dir)
            throws Exception {
        String section = section();
        EntityCompiler.compileFolder("/dev/retort/cli/readme/spring-boot", dir.resolve("target/classes"));
        Files.createDirectories(dir.resolve("src/main/resources"));
        String yaml = block(section, "yaml");
        Files.writeString(dir.resolve("src/main/resources/application.yml"), yaml
                .replace("jdbc:postgresql://localhost:5432/shop", database.url())
                .replace("username: shop", "username: " + database.user()));
        Files.writeString(dir.resolve("retort.properties"), block(section, "properties"));
        Files.createDirectories(dir.resolve("migrations/versions"));

        for (String command : block(section, "sh").split("\n")) {
            List<String> args = new ArrayList<>(List.of("-p", dir.toString()));
            args.addAll(words(command.replaceFirst("\\s+#.*$", "").replaceFirst("^\\./retort\\s+", "")));
            CliResult result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as("%s\n%s", command, result).isZero();
        }

        String revision;
        try (var files = Files.list(dir.resolve("migrations/versions"))) {
            revision = Files.readString(files.filter(f -> f.toString().endsWith(".sql")).findFirst().orElseThrow());
        }
        assertThat(revision).contains("first_name", "customer_tags");
        assertThat(ConfigLoader.load(dir.resolve("retort.properties"), Map.of("RETORT_PROFILE", "ci"))
                .database().url()).isEqualTo("jdbc:postgresql://ci-db:5432/shop");
    }

    private static String section() throws IOException {
        String readme = Files.readString(readme(), StandardCharsets.UTF_8);
        int start = readme.indexOf(SECTION);
        assertThat(start).as("README.md has a \"%s\" section", SECTION).isNotNegative();
        Matcher next = Pattern.compile("\n##+ ").matcher(readme);
        int end = next.find(start + SECTION.length()) ? next.start() : readme.length();
        return readme.substring(start, end);
    }

    private static String block(String section, String language) {
        Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(section);
        assertThat(block.find()).as("a ```%s block in the section", language).isTrue();
        return block.group(1);
    }

    /** A command line's words, double quotes grouping. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(line);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        return words;
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("cli"))) {
                return dir.resolve("README.md");
            }
        }
        throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
    }
}
