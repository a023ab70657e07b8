package dev.retort.compare;

import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.View;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names the database's relations hold, per schema, with what holds each: tables, sequences, views, indexes, and
 * the indexes behind primary keys and unique constraints, which share one name space per schema. A rename must never
 * target one of them: the database would refuse it, and the whole revision with it.
 */
final class RelationNames {

    private final Map<QualifiedName, String> holders = new HashMap<>();

    private RelationNames() {
    }

    static RelationNames of(SchemaModel database) {
        RelationNames names = new RelationNames();
        for (Table table : database.tables()) {
            names.hold(table.name(), "table " + table.name());
            String schema = table.name().schema();
            table.primaryKeyIfAny().ifPresent(key -> names.hold(new QualifiedName(schema, key.name()),
                    "the primary key of " + table.name()));
            table.uniqueConstraints().forEach(unique -> names.hold(new QualifiedName(schema, unique.name()),
                    "a unique constraint of " + table.name()));
            for (Index index : table.indexes()) {
                names.hold(new QualifiedName(schema, index.name()), "an index of " + table.name());
            }
        }
        for (Sequence sequence : database.sequences()) {
            names.hold(sequence.name(), "sequence " + sequence.name());
        }
        for (View view : database.views()) {
            names.hold(view.name(), "view " + view.name());
        }
        return names;
    }

    private void hold(QualifiedName name, String holder) {
        holders.putIfAbsent(name, holder);
    }

    /** What holds this name in its schema, if anything does. */
    Optional<String> holder(QualifiedName name) {
        return Optional.ofNullable(holders.get(name));
    }
}
