package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Lint" section, run: its CI command (git diff of the revision files a branch adds) finds the revision
 * an entity edit wrote, its lint-ignore line accepts one finding, and the output is the README's, line for line
 * (but for the revision's id and the project's directory).
 */
@ExtendWith(PostgresExtension.class)
class ReadmeLintExampleTest {

    private static final String SECTION = Readme.section("### Lint");

    @Test
    void theSectionsCommandAcceptanceAndOutputAreWhatRetortDoes(TestDatabase database, @TempDir Path dir)
            throws Exception {
        TestProject project = TestProject.init(dir, database, EntityCompiler.compile("library", "base",
                dir.resolve("classes-base")), "dev.retort.e2e.library");
        project.autogenerate("library").orElseThrow();
        project.ok("upgrade");
        database.execute("INSERT INTO public.author (id, name) VALUES (1, 'Ann')",
                "INSERT INTO public.book (title, pages, author_id) SELECT 'book ' || g, g, 1"
                        + " FROM generate_series(1, 3000) g", "ANALYZE public.book");
        git(dir, "init", "-q", "-b", "main");
        git(dir, "add", "migrations");
        git(dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "library");
        git(dir, "update-ref", "refs/remotes/origin/main", "HEAD");
        project.useEntities(EntityCompiler.compile("library", "drop-column", dir.resolve("classes-edited")));
        Revision noPages = project.autogenerate("no pages").orElseThrow();
        acceptAsTheReadmeDoes(noPages.file());
        git(dir, "add", "migrations");
        git(dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "no pages");

        String command = Readme.block(SECTION, "sh").strip();
        assertThat(command).startsWith("retort lint $(git diff ");
        List<String> args = new ArrayList<>(List.of("lint"));
        args.addAll(shell(dir, command.substring("retort lint $(".length(), command.length() - 1)));
        assertThat(args).hasSize(2);
        CliResult lint = project.run(args.toArray(String[]::new));

        assertThat(lint.exitCode()).as("%s", lint).isEqualTo(ExitCode.LINT);
        String shown = lint.out().replace(dir + "/", "").replace(noPages.id(), "3f2a9c1b7e4d");
        assertThat(shown).isEqualTo(Readme.block(SECTION, ""));
    }

    /** Puts the README's ```sql block's comment above the statement it shows. */
    private static void acceptAsTheReadmeDoes(Path file) throws Exception {
        List<String> sql = Readme.block(SECTION, "sql").lines().toList();
        assertThat(sql).hasSize(2);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("\n" + sql.get(1) + "\n");
        Files.writeString(file, text.replace("\n" + sql.get(1) + "\n", "\n" + sql.get(0) + "\n" + sql.get(1) + "\n"),
                StandardCharsets.UTF_8);
    }

    private static List<String> shell(Path dir, String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out.lines().filter(line -> !line.isBlank()).map(line -> dir.resolve(line).toString()).toList();
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("git %s", String.join(" ", args)).isZero();
    }
}
