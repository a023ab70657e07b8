package dev.retort.config;

import java.util.Objects;

/**
 * Which changesets Liquibase runs for this application: its contexts ({@code liquibase.contexts}, read also from
 * {@code spring.liquibase.contexts} and {@code quarkus.liquibase.contexts}) and its label filter
 * ({@code liquibase.labels}, from {@code spring.liquibase.label-filter} and {@code quarkus.liquibase.labels}), as
 * Liquibase's own expressions ({@code prod}, {@code !test and !faker}). Empty means none given, and Liquibase then runs
 * every changeset whatever its context or labels.
 */
public record LiquibaseFilter(String contexts, String labels) {

    public static final String CONTEXTS_KEY = "liquibase.contexts";
    public static final String LABELS_KEY = "liquibase.labels";
    public static final LiquibaseFilter NONE = new LiquibaseFilter("", "");

    public LiquibaseFilter {
        contexts = Objects.requireNonNull(contexts, "contexts").strip();
        labels = Objects.requireNonNull(labels, "labels").strip();
    }

    public boolean isEmpty() {
        return contexts.isEmpty() && labels.isEmpty();
    }

    /** How a message names it: {@code contexts "prod"} (and labels), or that none is set. */
    public String describe() {
        if (isEmpty()) {
            return "no contexts or labels";
        }
        String described = contexts.isEmpty() ? "" : "contexts \"" + contexts + "\"";
        if (!labels.isEmpty()) {
            described += (described.isEmpty() ? "" : " and ") + "labels \"" + labels + "\"";
        }
        return described;
    }
}
