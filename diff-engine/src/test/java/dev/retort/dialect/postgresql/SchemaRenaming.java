package dev.retort.dialect.postgresql;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.Map;

/**
 * Moves a model between schemas: object names, foreign key targets and, for expressions the database
 * printed, the schema prefixes inside them ({@code nextval('scratch.seq'::regclass)}). The text replacement
 * is safe because scratch schema names are unique lower-case tokens that only retort creates.
 *
 * @param schemas     from-schema to to-schema
 * @param textPrefixes for expression text: the from-schema as the database prints it, with its dot, to the
 *                     to-schema as the database prints it, with its dot
 */
record SchemaRenaming(Map<String, String> schemas, Map<String, String> textPrefixes) {

    SchemaModel apply(SchemaModel model) {
        return new SchemaModel(model.schemas().stream().map(this::schema).toList(),
                model.tables().stream().map(this::table).toList(),
                model.sequences().stream().map(s -> s.inSchema(schema(s.name().schema()))).toList(),
                model.views());
    }

    private String schema(String name) {
        return schemas.getOrDefault(name, name);
    }

    private QualifiedName name(QualifiedName name) {
        return name.inSchema(schema(name.schema()));
    }

    private Table table(Table table) {
        return new Table(name(table.name()),
                table.columns().stream().map(this::column).toList(),
                table.primaryKey(),
                table.uniqueConstraints(),
                table.checks().stream().map(c -> new CheckConstraint(c.name(), text(c.expression()), c.columns()))
                        .toList(),
                table.foreignKeys().stream().map(fk -> new ForeignKey(fk.name(), fk.columns(),
                        name(fk.referencedTable()), fk.referencedColumns(), fk.onDelete(), fk.onUpdate(),
                        fk.deferral())).toList(),
                table.indexes().stream().map(this::index).toList(),
                table.comment());
    }

    private Column column(Column column) {
        return new Column(column.name(), dev.retort.schema.ColumnType.of(text(column.type().sql())),
                column.nullable(), text(column.defaultExpression()), column.identity(), column.comment());
    }

    private Index index(Index index) {
        return new Index(index.name(), index.keys().stream().map(k -> k.isColumn() ? k
                : new IndexKey(null, text(k.expression()), k.descending(), k.nullsFirst())).toList(),
                index.unique(), index.method(), text(index.predicate()));
    }

    private String text(String expression) {
        if (expression == null) {
            return null;
        }
        String result = expression;
        for (Map.Entry<String, String> prefix : textPrefixes.entrySet()) {
            result = result.replace(prefix.getKey(), prefix.getValue());
        }
        return result;
    }
}
