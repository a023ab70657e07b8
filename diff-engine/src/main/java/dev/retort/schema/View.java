package dev.retort.schema;

import java.util.Objects;

/**
 * A view the database has. Entities never describe views, so the model carries them only to report them
 * and to keep them working, never to create them.
 *
 * @param materialized whether it is a materialized view
 */
public record View(QualifiedName name, String definition, boolean materialized) {
    public View {
        Objects.requireNonNull(name, "name");
        definition = definition == null ? "" : definition.strip();
    }
}
