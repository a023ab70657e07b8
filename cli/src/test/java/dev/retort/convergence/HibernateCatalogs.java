package dev.retort.convergence;

import dev.retort.testing.CatalogSnapshot;
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
 */
record HibernateCatalogs(List<String> catalogA, List<String> catalogB, List<String> rejected) {

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
                return new HibernateCatalogs(catalogOf(classesA, rejected), catalogOf(classesB, rejected),
                        rejected);
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

    private static List<String> catalogOf(Path classes, List<String> rejected) {
        try (TestDatabase database = PostgresServer.get().createDatabase();
             Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : HibernateDdl.createScript(classes)) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    rejected.add(sql + " -- " + e.getMessage().lines().findFirst().orElse(""));
                }
            }
            return CatalogSnapshot.of(database);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
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
