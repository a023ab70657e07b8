package dev.retort.dialect.postgresql;

import dev.retort.schema.Constraint;
import dev.retort.schema.Index;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names already used in each schema of a target model, so that generated names avoid them as PostgreSQL
 * would (it keeps relation names and, by the SQL standard's rule it follows, constraint names unique per
 * schema).
 */
final class GeneratedNames {

    private final Map<String, Set<String>> taken = new HashMap<>();

    GeneratedNames(SchemaModel model) {
        for (Table table : model.tables()) {
            Set<String> names = names(table.name().schema());
            names.add(table.name().name());
            table.indexes().stream().map(Index::name).forEach(names::add);
            table.constraints().stream().map(Constraint::name).filter(n -> n != null).forEach(names::add);
        }
        for (Sequence sequence : model.sequences()) {
            names(sequence.name().schema()).add(sequence.name().name());
        }
    }

    private Set<String> names(String schema) {
        return taken.computeIfAbsent(schema, s -> new HashSet<>());
    }

    /** Records a generated name as taken and returns it. */
    String take(String schema, String name) {
        names(schema).add(name);
        return name;
    }

    boolean isTaken(String schema, String name) {
        return names(schema).contains(name);
    }
}
