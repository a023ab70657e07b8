package dev.retort.convergence;

import dev.retort.compare.ComparePolicy;
import dev.retort.compare.Difference;
import dev.retort.config.RetortConfig;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.config.RetortConfig.EntitySettings;
import dev.retort.schema.QualifiedName;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.workflow.CheckWorkflow;
import dev.retort.workflow.Project;
import dev.retort.workflow.StepListener;
import dev.retort.testing.PostgresServer;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The oracle that does not trust retort: the catalogs PostgreSQL holds after running Hibernate's own
 * {@code create} DDL for model A and for model B. A case's lines of the catalog retort made must be these lines,
 * so that "nothing missed" is judged by Hibernate, not by retort's own reading of the entities.
 *
 * @param catalogA   the catalog of Hibernate's DDL for model A
 * @param catalogB   the catalog of Hibernate's DDL for model B
 * @param rejected   Hibernate statements PostgreSQL refused, with its message (the oracle cannot judge their case)
 * @param checkA     what {@code retort check} finds on the database Hibernate's DDL built for model A, as a team
 *                   adopting such a database runs it (no revision, default settings): it must find nothing
 * @param checkB     the same for model B
 */
record HibernateCatalogs(List<String> catalogA, List<String> catalogB, List<String> rejected, List<String> checkA,
                         List<String> checkB) {

    /**
     * The catalogs for all the cases together. When Hibernate rejects a model, the case its message names is
     * left out (and listed as rejected) and the rest is tried again.
     */
    static HibernateCatalogs of(List<ConvergenceCase> cases, Path workDirectory) {
        List<ConvergenceCase> all = new ArrayList<>(cases);
        all.add(Anchor.CASE);
        Ownership ownership = new Ownership(all);
        List<String> rejected = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            Path directory = workDirectory.resolve("attempt-" + attempt);
            try {
                Path classesA = ModelCompiler.compile(bodies(all, true), directory.resolve("src-a"),
                        directory.resolve("classes-a"));
                Path classesB = ModelCompiler.compile(bodies(all, false), directory.resolve("src-b"),
                        directory.resolve("classes-b"));
                List<String> checkA = new ArrayList<>();
                List<String> checkB = new ArrayList<>();
                return new HibernateCatalogs(catalogOf(classesA, rejected, checkA, directory.resolve("project-a")),
                        catalogOf(classesB, rejected, checkB, directory.resolve("project-b")), rejected, checkA,
                        checkB);
            } catch (RuntimeException rejection) {
                String message = String.valueOf(rejection.getMessage());
                ConvergenceCase culprit = ownership.ownerOfText(message);
                if (culprit == null || culprit == Anchor.CASE) {
                    throw rejection;
                }
                rejected.add("Hibernate rejects the mapping of " + culprit.prefix() + ": " + message);
                all.remove(culprit);
            }
        }
    }

    private static List<String> catalogOf(Path classes, List<String> rejected, List<String> checked, Path project) {
        try (TestDatabase database = PostgresServer.get().createDatabase()) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                for (String sql : HibernateDdl.createScript(classes)) {
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        rejected.add(sql + " -- " + e.getMessage().lines().findFirst().orElse(""));
                    }
                }
            }
            List<String> catalog = CatalogSnapshot.of(database);
            checked.addAll(check(database, classes, project));
            return catalog;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** {@code retort check} on the database as it is, with retort's default settings. */
    private static List<String> check(TestDatabase database, Path classes, Path directory) {
        try {
            java.nio.file.Files.createDirectories(directory.resolve("migrations/versions"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Project project = new Project(new RetortConfig(directory,
                new DatabaseSettings(database.url(), database.user(), database.password()),
                new EntitySettings(List.of(classes), List.of(ModelCompiler.PACKAGE), null, null),
                directory.resolve("migrations"), QualifiedName.of("public", "retort_version"), Map.of(),
                ComparePolicy.defaults()))) {
            return new CheckWorkflow(project).check(StepListener.SILENT).drift().comparison().differences().stream()
                    .map(Difference::describe).toList();
        } catch (Exception e) {
            throw new IllegalStateException("retort check on the database Hibernate's DDL built failed: "
                    + e.getMessage(), e);
        }
    }

    static Map<String, String> bodies(List<ConvergenceCase> cases, boolean stateA) {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (ConvergenceCase c : cases) {
            String body = stateA ? c.resolvedA() : c.resolvedB();
            if (!body.isBlank()) {
                bodies.put(c.classPrefix(), body);
            }
        }
        return bodies;
    }
}
