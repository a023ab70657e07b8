package dev.retort.reflect;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Schema;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;

/**
 * Turns a crawled SchemaCrawler catalog into the model, in its canonical form: names as the catalog stores
 * them, types as {@code format_type} prints them, expressions as {@code pg_get_expr} / {@code pg_get_*def}
 * print them under the pinned settings. Tables the scope excludes are left out.
 */
final class ModelAssembler {

    private final ReflectionScope scope;
    private final Map<QualifiedName, List<ForeignKey>> foreignKeys;

    /**
     * @param foreignKeys the foreign keys of each table, read apart from SchemaCrawler (see {@link ForeignKeys})
     */
    ModelAssembler(ReflectionScope scope, Map<QualifiedName, List<ForeignKey>> foreignKeys) {
        this.scope = scope;
        this.foreignKeys = foreignKeys;
    }

    SchemaModel assemble(Catalog catalog) throws ReflectionException {
        // When none of the scope's schemas exists, SchemaCrawler falls back to listing every schema of the
        // database (DatabaseMetaData.getSchemas), so the scope filters the list again.
        List<String> schemas = catalog.getSchemas().stream().map(Schema::getName)
                .filter(scope.schemas()::contains).toList();
        List<Table> tables = new ArrayList<>();
        List<View> views = new ArrayList<>();
        for (schemacrawler.schema.Table crawled : catalog.getTables()) {
            QualifiedName name = nameOf(crawled);
            if (crawled instanceof schemacrawler.schema.View view) {
                views.add(view(name, view));
            } else if (!scope.excludes(name)) {
                tables.add(table(name, crawled));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (schemacrawler.schema.Sequence crawled : catalog.getSequences()) {
            sequences.add(sequence(crawled));
        }
        return new SchemaModel(schemas, tables, sequences, views);
    }

    private static QualifiedName nameOf(schemacrawler.schema.DatabaseObject object) {
        return QualifiedName.of(object.getSchema().getName(), object.getName());
    }

    private Table table(QualifiedName name, schemacrawler.schema.Table crawled) throws ReflectionException {
        List<Column> columns = new ArrayList<>();
        for (schemacrawler.schema.Column column : crawled.getColumns()) {
            columns.add(column(column));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        for (TableConstraint constraint : crawled.getTableConstraints()) {
            if (constraint.getType() == TableConstraintType.unique) {
                uniques.add(new UniqueConstraint(constraint.getName(), columnNames(constraint)));
            } else if (constraint.getType() == TableConstraintType.check) {
                checks.add(new CheckConstraint(constraint.getName(),
                        CatalogAttributes.text(constraint, CatalogAttributes.CHECK_EXPRESSION),
                        columnNames(constraint)));
            }
        }
        return new Table(name, columns, primaryKey(crawled), uniques, checks,
                foreignKeys.getOrDefault(name, List.of()), Indexes.of(name, crawled), crawled.getRemarks());
    }

    private static Column column(schemacrawler.schema.Column column) throws ReflectionException {
        String type = CatalogAttributes.text(column, CatalogAttributes.FORMATTED_TYPE);
        Identity identity = switch (CatalogAttributes.text(column, CatalogAttributes.IDENTITY_KIND)) {
            case "a" -> Identity.ALWAYS;
            case "d" -> Identity.BY_DEFAULT;
            default -> Identity.NONE;
        };
        return new Column(column.getName(), ColumnType.of(type), column.isNullable(), column.getDefaultValue(),
                identity, column.getRemarks());
    }

    private static PrimaryKey primaryKey(schemacrawler.schema.Table crawled) {
        schemacrawler.schema.PrimaryKey primaryKey = crawled.getPrimaryKey();
        return primaryKey == null ? null : new PrimaryKey(primaryKey.getName(), columnNames(primaryKey));
    }

    private static List<String> columnNames(TableConstraint constraint) {
        return constraint.getConstrainedColumns().stream().map(TableConstraintColumn::getName).toList();
    }

    private static View view(QualifiedName name, schemacrawler.schema.View view) {
        boolean materialized = view.getTableType().isEqualTo(CatalogCrawl.MATERIALIZED_VIEW);
        return new View(name, view.getDefinition(), materialized);
    }

    private static Sequence sequence(schemacrawler.schema.Sequence crawled) throws ReflectionException {
        QualifiedName name = nameOf(crawled);
        return new Sequence(name,
                CatalogAttributes.text(crawled, CatalogAttributes.SEQUENCE_DATA_TYPE),
                exact(crawled.getStartValue(), name, "start"),
                crawled.getIncrement(),
                exact(crawled.getMinimumValue(), name, "minimum"),
                exact(crawled.getMaximumValue(), name, "maximum"),
                CatalogAttributes.number(crawled, CatalogAttributes.SEQUENCE_CACHE_SIZE),
                crawled.isCycle());
    }

    private static long exact(BigInteger value, QualifiedName sequence, String what) throws ReflectionException {
        if (value == null) {
            throw new ReflectionException("the catalog gave no " + what + " value for sequence " + sequence);
        }
        return value.longValueExact();
    }
}
