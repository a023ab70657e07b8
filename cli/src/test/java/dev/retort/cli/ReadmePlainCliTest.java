package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Plain CLI on any Maven project", run as it stands by bash in a Maven project whose entities need a
 * library jar: the real {@code mvn} lists the classpath, retort writes the revision, applies it, and checks clean.
 */
@ExtendWith(PostgresExtension.class)
class ReadmePlainCliTest {

    private static final String SECTION = "### Plain CLI on any Maven project";

    @Test
    void theReadmesSnippetWritesARevisionFromTheEntitiesAndTheirLibraryAndAppliesIt(TestDatabase database,
                                                                                   @TempDir Path dir)
            throws Exception {
        Path project = ReadmeMavenProject.create(dir.resolve("shop"), "entities");
        String snippet = Readme.block(Readme.section(SECTION), "sh");
        assertThat(snippet).contains("jdbc:postgresql://localhost:5432/shop", "--user shop ");
        Map<String, String> environment = new HashMap<>();
        if (!database.password().isEmpty()) {
            environment.put("RETORT_DATABASE_PASSWORD", database.password());
        }

        CliResult run = ReadmeMavenProject.bash(project, snippet
                .replace("jdbc:postgresql://localhost:5432/shop", database.url())
                .replace("--user shop ", "--user " + database.user() + " "), environment);

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(Files.readString(project.resolve("target/retort.classpath")))
                .as("Maven's list: the library jar the entities extend").contains("shop-shared-1.0.jar");
        List<Path> revisions;
        try (Stream<Path> files = Files.list(project.resolve("migrations/versions"))) {
            revisions = files.filter(f -> f.toString().endsWith("_first.sql")).toList();
        }
        assertThat(revisions).hasSize(1);
        assertThat(Files.readString(revisions.get(0))).contains("CREATE TABLE public.customer");
        assertThat(database.queryColumn("select column_name || ' ' || data_type from information_schema.columns"
                + " where table_name = 'customer' order by column_name"))
                .as("the library's superclass and converter decided these columns, and the revision made them")
                .containsExactly("createdat timestamp with time zone", "createdby character varying",
                        "credit bigint", "id bigint", "name character varying");
        assertThat(run.out()).contains("Wrote ");
    }
}
