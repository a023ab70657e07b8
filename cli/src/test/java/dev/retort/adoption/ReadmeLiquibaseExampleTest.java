package dev.retort.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.Cli;
import dev.retort.cli.CliResult;
import dev.retort.sample.shop.Customer;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Liquibase" section's example, run as it stands: its settings as retort.properties (with the test's database
 * and the sample entities), then its commands, {@code liquibase update} by Liquibase itself. The section is read from
 * README.md.
 */
@ExtendWith(PostgresExtension.class)
class ReadmeLiquibaseExampleTest {

    private static final String SECTION = "### Liquibase";

    @Test
    void theLiquibaseExampleWritesAChangelogLiquibaseAppliesChecksCleanAndRollsBack(TestDatabase database,
                                                                                    @TempDir Path dir)
            throws Exception {
        String section = section();
        List<String> empty = CatalogSnapshot.of(database);
        Files.writeString(dir.resolve("retort.properties"), block(section, "properties")
                + "database.url=" + database.url() + "\ndatabase.user=" + database.user()
                + "\ndatabase.password=" + database.password() + "\nhistory.database=" + database.url()
                + "\nentities.classpath=" + codeSource(Customer.class).toString().replace("\\", "\\\\")
                + "\nentities.packages=dev.retort.sample.shop\n");
        LiquibaseRuns liquibase = new LiquibaseRuns(dir.resolve("src/main/resources"),
                "db/changelog/db.changelog-master.yaml");

        for (String line : block(section, "sh").split("\n")) {
            String command = line.replaceFirst("\\s+#.*$", "");
            if (command.startsWith("liquibase ") && command.contains(" update ")) {
                assertThat(command).contains("--search-path=src/main/resources")
                        .contains("--changelog-file=db/changelog/db.changelog-master.yaml");
                liquibase.update(database);
                continue;
            }
            List<String> args = new ArrayList<>(List.of("-p", dir.toString()));
            args.addAll(words(command.replaceFirst("^\\./retort\\s+", "")));
            CliResult result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as("%s\n%s", command, result).isZero();
        }

        assertThat(Files.readString(dir.resolve("src/main/resources/db/changelog/db.changelog-master.yaml")))
                .contains("_create_the_shop.sql");
        assertThat(database.queryColumn("SELECT count(*) FROM databasechangelog")).containsExactly("0");
        assertThat(CatalogSnapshot.of(database).stream().filter(line -> !line.contains("databasechangelog")))
                .as("the example's downgrade restores the empty catalog").containsExactlyElementsOf(empty);
    }

    private static String section() throws IOException {
        String text = Files.readString(file("README.md"), StandardCharsets.UTF_8);
        int start = text.indexOf(SECTION + "\n");
        assertThat(start).as("a \"%s\" section", SECTION).isNotNegative();
        Matcher next = Pattern.compile("\n##+ ").matcher(text);
        int end = next.find(start + SECTION.length()) ? next.start() : text.length();
        return text.substring(start, end);
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

    private static Path codeSource(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Path file(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("cli"))) {
                return dir.resolve(name);
            }
        }
        throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
    }
}
