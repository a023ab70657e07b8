package dev.retort.scanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;

import dev.retort.schema.EnumType;
import dev.retort.schema.ObjectKind;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Unsupported;
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

    private final HibernateCompat compat;

    SchemaMapper(Metadata metadata, CatalogNames names, SqlStringGenerationContext context, HibernateCompat compat,
                 List<String> warnings) {
        this.metadata = metadata;
        this.compat = compat;
        this.context = context;
        this.names = names;
        this.tables = new TableMapper(metadata, names);
        this.warnings = warnings;
    }

    SchemaModel map() {
        List<Table> mapped = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        List<EnumType> enumTypes = new ArrayList<>();
        List<Unsupported> unsupported = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            String catalog = compat.catalogOf(namespace);
            if (catalog != null) {
                warnings.add("catalog " + catalog + " of schema " + compat.schemaOf(namespace) + " is ignored: "
                        + "PostgreSQL tables live in the database retort connects to");
            }
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isView() || table.getViewQuery() != null) {
                    unsupported.add(new Unsupported(ObjectPath.view(names.table(table)), "a view created by Hibernate "
                            + "(retort does not manage views: put it in a revision by hand)"));
                } else if (table.isPhysicalTable()) {
                    mapped.add(tables.map(table));
                    collectWhatTheModelCannotSay(table, unsupported);
                }
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                QualifiedSequenceName name = sequence.getName();
                // 1 is JPA's default initialValue: a mapping that says nothing says 1, so 1 is not a choice.
                Long start = sequence.getInitialValue() == 1 ? null : (long) sequence.getInitialValue();
                sequences.add(Sequence.of(names.qualified(name.getSchemaName(), name.getSequenceName()), start,
                        sequence.getIncrementSize()));
            }
        }
        String defaultSchema = context.getDefaultSchema() == null ? CatalogNames.DEFAULT_SCHEMA
                : names.of(context.getDefaultSchema());
        for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
            if (object.appliesToDialect(names.dialect())) {
                String[] statements = object.sqlCreateStrings(context);
                Optional<EnumType> enumType = EnumTypeDeclaration.parse(statements, defaultSchema);
                if (enumType.isPresent()) {
                    enumTypes.add(enumType.get());
                } else {
                    unsupported.add(new Unsupported(new ObjectPath(ObjectKind.OTHER,
                            new QualifiedName(defaultSchema, object.getExportIdentifier()), null),
                            "an auxiliary object Hibernate creates (" + (statements.length == 0
                            ? object.getExportIdentifier() : String.join("; ", statements))
                            + "): put it in a revision by hand"));
                }
            }
        }
        TreeSet<String> schemas = new TreeSet<>();
        mapped.forEach(table -> schemas.add(table.name().schema()));
        sequences.forEach(sequence -> schemas.add(sequence.name().schema()));
        enumTypes.forEach(type -> schemas.add(type.name().schema()));
        if (schemas.isEmpty()) {
            schemas.add(CatalogNames.DEFAULT_SCHEMA);
        }
        return new SchemaModel(List.copyOf(schemas), mapped, sequences, List.of(), enumTypes, unsupported);
    }

    /** What Hibernate's DDL would create on this table that the model cannot say, to be reported. */
    private void collectWhatTheModelCannotSay(org.hibernate.mapping.Table table, List<Unsupported> unsupported) {
        QualifiedName tableName = names.table(table);
        String tableOptions = compat.optionsOf(table);
        if (tableOptions != null && !tableOptions.isBlank()) {
            unsupported.add(new Unsupported(ObjectPath.table(tableName), "table options '" + tableOptions
                    + "' in Hibernate's DDL"));
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            ObjectPath where = ObjectPath.column(tableName, names.column(column));
            if (column.getGeneratedAs() != null) {
                unsupported.add(new Unsupported(where, "a generated column (generated always as ("
                        + column.getGeneratedAs() + ")); it is compared as a plain column"));
            }
            String columnOptions = compat.optionsOf(column);
            if (columnOptions != null && !columnOptions.isBlank()) {
                unsupported.add(new Unsupported(where, "column options '" + columnOptions + "' in Hibernate's DDL"));
            }
            if (column.getSqlType() != null) {
                String rest = ColumnDefinition.parse(column.getSqlType()).rest();
                if (!rest.isEmpty()) {
                    unsupported.add(new Unsupported(where, "a columnDefinition with '" + rest
                            + "' (map it with annotations: @Check, unique, @ForeignKey...)"));
                }
            }
        }
    }
}
