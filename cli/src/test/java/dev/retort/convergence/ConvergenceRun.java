package dev.retort.convergence;

import dev.retort.compare.ComparePolicy;
import dev.retort.compare.Difference;
import dev.retort.compare.ModelsForTests;
import dev.retort.config.RetortConfig;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.config.RetortConfig.EntitySettings;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.QualifiedName;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresServer;
import dev.retort.testing.TestDatabase;
import dev.retort.workflow.CheckWorkflow;
import dev.retort.workflow.MigrationEvents;
import dev.retort.workflow.MigrationWorkflow;
import dev.retort.workflow.Project;
import dev.retort.workflow.RevisionWorkflow;
import dev.retort.workflow.StepListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;

/**
 * Runs the convergence property once for a batch of cases on a fresh PostgreSQL database: model A (every case in
 * its state A) is created from an empty database by autogenerate and upgrade; then autogenerate against model B,
 * upgrade, check, downgrade one step, upgrade again, and downgrade to base. What each step produced is kept for
 * {@link CaseVerdicts} to judge case by case. A step that fails outright (an exception, as a user would see it)
 * ends the run.
 */
final class ConvergenceRun {

    /** Apply everything: removing what B no longer maps is part of the property. */
    static final ComparePolicy APPLY_EVERYTHING = ModelsForTests.applyingEverything();

    private static final Map<String, String> NO_HIBERNATE_SETTINGS = Map.of();

    /**
     * What a run produced. On a failed step, {@code failure} is set and the later fields are empty.
     *
     * @param catalogA       the catalog after model A was created
     * @param checkA         what check found right after A was created (must be nothing)
     * @param operations     the upgrade operations of the revision A to B, in plan order
     * @param checkB         what check found after the upgrade to B (must be nothing)
     * @param catalogB       the catalog after the upgrade to B
     * @param downgraded     the catalog after downgrading that revision (must be {@code catalogA})
     * @param upgradedAgain  the catalog after upgrading once more (must be {@code catalogB})
     * @param empty          the catalog of the fresh database
     * @param emptied        the catalog after downgrading to base (must be {@code empty})
     * @param warnings       the warnings both autogenerates printed, as the CLI prints them
     */
    record Result(List<String> catalogA, List<Difference> checkA, List<Operation> operations,
                  List<Difference> checkB, List<String> catalogB, List<String> downgraded,
                  List<String> upgradedAgain, List<String> empty, List<String> emptied, List<String> warnings,
                  StepFailure failure) {

        static Result failed(StepFailure failure) {
            return new Result(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), failure);
        }
    }

    /** A step that failed as a whole: the step and the one line a user of the CLI would read. */
    record StepFailure(String step, String userMessage) {
    }

    private ConvergenceRun() {
    }

    static Result run(List<ConvergenceCase> cases, Path workDirectory) {
        Path classesA = ModelCompiler.compile(HibernateCatalogs.bodies(cases, true), workDirectory.resolve("src-a"),
                workDirectory.resolve("classes-a"));
        Path classesB = ModelCompiler.compile(HibernateCatalogs.bodies(cases, false), workDirectory.resolve("src-b"),
                workDirectory.resolve("classes-b"));
        try (TestDatabase database = PostgresServer.get().createDatabase()) {
            Path project = workDirectory.resolve("project");
            Files.createDirectories(project.resolve("migrations/versions"));
            Project atA = project(project, database, classesA);
            Project atB = project(project, database, classesB);
            return steps(database, atA, atB, project);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result steps(TestDatabase database, Project atA, Project atB, Path project) {
        Step step = new Step(project);
        try {
            List<String> empty = CatalogSnapshot.of(database);
            step.named("revision --autogenerate (empty -> A)", "revision");
            RevisionWorkflow.Outcome toA = new RevisionWorkflow(atA, Clock.systemUTC())
                    .autogenerate("a", StepListener.SILENT);
            if (toA.written() == null) {
                throw new IllegalStateException("autogenerate found nothing to create model A from");
            }
            List<String> warnings = new ArrayList<>(warnings(toA));
            step.named("upgrade head (to A)", "upgrade");
            new MigrationWorkflow(atA).upgrade("head", false, MigrationEvents.SILENT);
            List<String> catalogA = CatalogSnapshot.of(database);
            step.named("check (at A)", "check");
            List<Difference> checkA = new CheckWorkflow(atA).check(StepListener.SILENT).drift().comparison()
                    .differences();

            step.named("revision --autogenerate (A -> B)", "revision");
            RevisionWorkflow.Outcome toB = new RevisionWorkflow(atB, Clock.systemUTC())
                    .autogenerate("b", StepListener.SILENT);
            List<Operation> operations = MigrationPlan.of(toB.drift().comparison()).upgrade().stream()
                    .map(change -> change.operation()).toList();
            warnings.addAll(warnings(toB));
            step.named("upgrade head (to B)", "upgrade");
            new MigrationWorkflow(atB).upgrade("head", false, MigrationEvents.SILENT);
            List<String> catalogB = CatalogSnapshot.of(database);
            step.named("check (at B)", "check");
            List<Difference> checkB = new CheckWorkflow(atB).check(StepListener.SILENT).drift().comparison()
                    .differences();
            List<String> downgraded = catalogA;
            List<String> upgradedAgain = catalogB;
            if (toB.written() != null) {
                step.named("downgrade -1 (back to A)", "downgrade");
                new MigrationWorkflow(atB).downgrade("-1", false, MigrationEvents.SILENT);
                downgraded = CatalogSnapshot.of(database);
                step.named("upgrade head (to B again)", "upgrade");
                new MigrationWorkflow(atB).upgrade("head", false, MigrationEvents.SILENT);
                upgradedAgain = CatalogSnapshot.of(database);
            }
            step.named("downgrade base (back to empty)", "downgrade");
            new MigrationWorkflow(atB).downgrade("base", false, MigrationEvents.SILENT);
            List<String> emptied = CatalogSnapshot.of(database);
            return new Result(catalogA, checkA, operations, checkB, catalogB, downgraded, upgradedAgain, empty,
                    emptied, warnings, null);
        } catch (Exception failure) {
            return Result.failed(step.failed(failure));
        }
    }

    private static List<String> warnings(RevisionWorkflow.Outcome outcome) {
        return Stream.concat(outcome.drift().warnings().stream(), outcome.hazards().stream())
                .map(w -> "retort revision: warning: " + w).toList();
    }

    /** The step under way, to name it when it fails, and how the CLI would print its failure. */
    private static final class Step {
        private final Path project;
        private String name = "start";
        private String command = "retort";

        Step(Path project) {
            this.project = project;
        }

        private long started = System.nanoTime();

        void named(String stepName, String commandName) {
            if (Boolean.getBoolean("convergence.timing")) {
                System.out.printf("  %-40s %6d ms%n", name, (System.nanoTime() - started) / 1_000_000);
            }
            started = System.nanoTime();
            this.name = stepName;
            this.command = commandName;
        }

        StepFailure failed(Exception failure) {
            return new StepFailure(name, "retort " + command + ": " + UserMessage.of(failure, project));
        }
    }

    static Project project(Path directory, TestDatabase database, Path classes) {
        return new Project(new RetortConfig(directory,
                new DatabaseSettings(database.url(), database.user(), database.password()),
                new EntitySettings(List.of(classes), List.of(ModelCompiler.PACKAGE), null, null),
                directory.resolve("migrations"), QualifiedName.of("public", "retort_version"),
                NO_HIBERNATE_SETTINGS, APPLY_EVERYTHING));
    }
}
