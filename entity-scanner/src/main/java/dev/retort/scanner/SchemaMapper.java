package dev.retort.scanner;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;

import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;

/**
 * Hibernate's relational model ({@code metadata.getDatabase()}) as retort's {@link SchemaModel}: the physical
 * tables and the sequences of every namespace, as Hibernate's schema creator would create them. Whatever that
 * creator would also create but the model cannot say (views, user-defined types, auxiliary objects, generated
 * columns) becomes a warning rather than silently vanishing.
 */
final class SchemaMapper {

    private final Metadata metadata;
    private final CatalogNames names;
    private final SqlStringGenerationContext context;
    private final TableMapper tables;
    private final List<String> warnings;

    SchemaMapper(Metadata metadata, CatalogNames names, SqlStringGenerationContext context, List<String> warnings) {
        this.metadata = metadata;
        this.context = context;
        this.names = names;
        this.tables = new TableMapper(metadata, names);
        this.warnings = warnings;
    }

    SchemaModel map() {
        List<Table> mapped = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            if (namespace.getPhysicalName().catalog() != null) {
                warnings.add("catalog " + namespace.getPhysicalName().catalog() + " of schema "
                        + namespace.getPhysicalName().schema() + " is ignored: PostgreSQL tables live in the "
                        + "database retort connects to");
            }
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isView() || table.getViewQuery() != null) {
                    warnings.add("view " + names.table(table) + " is created by Hibernate but not managed by retort: "
                            + "put it in a revision by hand");
                } else if (table.isPhysicalTable()) {
                    mapped.add(tables.map(table));
                    warnAboutWhatTheModelCannotSay(table);
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                QualifiedSequenceName name = sequence.getName();
                sequences.add(Sequence.of(names.qualified(name.getSchemaName(), name.getSequenceName()),
                        sequence.getInitialValue(), sequence.getIncrementSize()));
            }
        }
        for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
            if (object.appliesToDialect(names.dialect())) {
                String[] statements = object.sqlCreateStrings(context);
                warnings.add("Hibernate also runs " + (statements.length == 0 ? object.getExportIdentifier()
                        : String.join("; ", statements)) + ", which retort does not manage: put it in a revision by hand");
            }
        }
        TreeSet<String> schemas = new TreeSet<>();
        mapped.forEach(table -> schemas.add(table.name().schema()));
        sequences.forEach(sequence -> schemas.add(sequence.name().schema()));
        if (schemas.isEmpty()) {
            schemas.add(CatalogNames.DEFAULT_SCHEMA);
        }
        return new SchemaModel(List.copyOf(schemas), mapped, sequences, List.of());
    }

    private void warnAboutWhatTheModelCannotSay(org.hibernate.mapping.Table table) {
        QualifiedName tableName = names.table(table);
        if (table.getOptions() != null && !table.getOptions().isBlank()) {
            warnings.add("table " + tableName + " has options '" + table.getOptions() + "' that Hibernate writes into "
                    + "its DDL and retort does not model");
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            String where = "column " + tableName + "." + names.column(column);
            if (column.getGeneratedAs() != null) {
                warnings.add(where + " is generated as (" + column.getGeneratedAs() + "), which retort does not "
                        + "model: it is compared as a plain column");
            }
            if (column.getOptions() != null && !column.getOptions().isBlank()) {
                warnings.add(where + " has options '" + column.getOptions() + "' that Hibernate writes into its DDL "
                        + "and retort does not model");
            }
            if (column.getSqlType() != null) {
                String rest = ColumnDefinition.parse(column.getSqlType()).rest();
                if (!rest.isEmpty()) {
                    warnings.add(where + " has a columnDefinition whose '" + rest + "' retort does not model: "
                            + "map it with annotations (@Check, unique, @ForeignKey...) instead");
                }
            }
        }
    }
}
