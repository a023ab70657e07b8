package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The README's CI job ("CI: fail a pull request on drift"): its workflow is YAML GitHub can read, its {@code retort}
 * step is {@code docs/ci/retort-check.sh} line for line, and that script, run on a Maven project with no database
 * anywhere, passes while the entities are what the revisions made and fails with the difference in the SARIF log
 * after an entity edit.
 */
class ReadmeCiJobTest {

    private static final String SECTION = "### CI: fail a pull request on drift (GitHub Actions)";
    private static final String SCRIPT = "docs/ci/retort-check.sh";
    private static final String CUSTOMER = "src/main/java/com/example/shop/Customer.java";

    @Test
    void theWorkflowsRetortStepIsTheScriptLineForLine() throws Exception {
        Map<String, Object> step = retortStep();
        List<String> script = scriptCommands();

        assertThat(step).containsEntry("shell", "bash").containsEntry("continue-on-error", true);
        assertThat(script.get(0)).as("GitHub runs a bash step with -eo pipefail").isEqualTo("set -eo pipefail");
        assertThat(((String) step.get("run")).strip().lines().toList()).isEqualTo(script.subList(1, script.size()));
        assertThat(script.get(script.size() - 1)).endsWith("> retort.sarif");
        assertThat(workflowSteps()).anySatisfy(upload -> assertThat(upload)
                .containsEntry("uses", "github/codeql-action/upload-sarif@v3")
                .containsEntry("with", Map.of("sarif_file", "retort.sarif", "category", "retort")));
        assertThat(workflowSteps().get(workflowSteps().size() - 1))
                .containsEntry("if", "steps.retort.outcome == 'failure'").containsEntry("run", "exit 1");
    }

    @Test
    void theScriptPassesOnEntitiesTheRevisionsMadeAndFailsWithTheEditInTheSarif(@TempDir Path dir)
            throws Exception {
        Path project = ReadmeMavenProject.create(dir.resolve("shop"), "entities");
        CliResult init = Cli.run("init", project.toString(), "--packages", "com.example.shop");
        assertThat(init.exitCode()).as("%s", init).isZero();
        firstRevision(dir, project);
        String script = Files.readString(Readme.repositoryRoot().resolve(SCRIPT), StandardCharsets.UTF_8);

        CliResult clean = ReadmeMavenProject.bash(project, script, Map.of());

        assertThat(clean.exitCode()).as("%s", clean).isZero();
        Map<String, Object> cleanRun = SarifShape.onlyRun(Files.readString(project.resolve("retort.sarif")));
        assertThat(SarifShape.results(cleanRun)).isEmpty();
        assertThat(SarifShape.invocation(cleanRun)).containsEntry("executionSuccessful", true);

        ReadmeMavenProject.useEntities(project, "entities-edited");
        CliResult drift = ReadmeMavenProject.bash(project, script, Map.of());

        assertThat(drift.exitCode()).as("%s", drift).isEqualTo(ExitCode.DRIFT);
        Map<String, Object> driftRun = SarifShape.onlyRun(Files.readString(project.resolve("retort.sarif")));
        assertThat(SarifShape.invocation(driftRun)).containsEntry("exitCode", BigDecimal.ONE);
        List<Map<String, Object>> results = SarifShape.results(driftRun);
        int nicknameLine = lineOf(project.resolve(CUSTOMER), "private String nickname;");
        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result).containsEntry("ruleId", "column.missing");
            assertThat(SarifShape.messageText(result)).contains("public.customer.nickname");
            assertThat(SarifShape.logicalLocation(result)).containsEntry("fullyQualifiedName",
                    "public.customer.nickname");
            List<Object> physical = SarifShape.physicalLocation(result);
            assertThat((String) physical.get(0)).endsWith("/shop/" + CUSTOMER);
            assertThat(physical.get(2)).as("the field's line").isEqualTo(nicknameLine);
        });
    }

    /** The 1-based number of the file's first line that contains {@code text}. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return 1 + IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(text)).findFirst()
                .orElseThrow();
    }

    /** The revision the team wrote before: the entities and their library compiled together, retort in-process. */
    private static void firstRevision(Path dir, Path project) throws Exception {
        Path classes = ReadmeMavenProject.compileAll("entities", dir.resolve("classes"));
        Path setup = Files.createDirectories(dir.resolve("setup"));
        Files.writeString(setup.resolve("retort.properties"), "entities.classpath=" + classes
                + "\nentities.packages=com.example.shop\nscript.location=" + project.resolve("migrations") + "\n");
        CliResult revision = Cli.run("-p", setup.toString(), "revision", "--autogenerate", "-m", "first");
        assertThat(revision.exitCode()).as("%s", revision).isZero();
    }

    private static Map<String, Object> retortStep() {
        return workflowSteps().stream().filter(step -> "retort".equals(step.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("the README's workflow has no step with id: retort"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> workflowSteps() {
        String yaml = Readme.block(Readme.section(SECTION), "yaml", "# .github/workflows/retort.yml");
        Map<String, Object> workflow = new Yaml().load(yaml);
        Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
        assertThat(jobs).hasSize(1);
        Map<String, Object> job = (Map<String, Object>) jobs.values().iterator().next();
        assertThat(job).doesNotContainKey("services");
        return (List<Map<String, Object>>) job.get("steps");
    }

    /** The script's lines that are not comments: {@code set -eo pipefail}, then the step's commands. */
    private static List<String> scriptCommands() throws Exception {
        return Files.readAllLines(Readme.repositoryRoot().resolve(SCRIPT), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }
}
