package dev.retort.scanner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Formula;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Deferral;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

/**
 * One Hibernate table as retort's {@link Table}, saying what Hibernate's {@code create table}, {@code alter table
 * ... add constraint ... foreign key} and {@code create index} statements for it create. Where Hibernate leaves a
 * constraint unnamed in its DDL (primary keys, inline {@code unique}, anonymous checks, unique keys whose name is
 * not explicit), the name is {@code null}: PostgreSQL will choose it.
 */
final class TableMapper {

    private final Metadata metadata;
    private final CatalogNames names;

    TableMapper(Metadata metadata, CatalogNames names) {
        this.metadata = metadata;
        this.names = names;
    }

    Table map(org.hibernate.mapping.Table table) {
        return new Table(names.table(table), columns(table), primaryKey(table), uniqueConstraints(table),
                checks(table), foreignKeys(table), indexes(table), table.getComment());
    }

    private List<Column> columns(org.hibernate.mapping.Table table) {
        List<Column> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            boolean identity = column.isIdentity();
            // Primary key and identity columns are NOT NULL whether or not the DDL says so (identity columns never do).
            boolean nullable = column.isNullable() && !table.isPrimaryKey(column) && !identity;
            String type = column.getSqlType(metadata);
            String defaultValue = identity ? null : column.getDefaultValue();
            if (column.getSqlType() != null) {
                // An explicit columnDefinition: Hibernate writes it verbatim, clauses and all.
                ColumnDefinition definition = ColumnDefinition.parse(type);
                type = definition.type();
                nullable &= !definition.notNull();
                defaultValue = definition.defaultExpression() != null ? definition.defaultExpression() : defaultValue;
            }
            columns.add(new Column(names.column(column), ColumnType.of(type), nullable, defaultValue,
                    identity ? Identity.BY_DEFAULT : Identity.NONE, column.getComment()));
        }
        return columns;
    }

    private PrimaryKey primaryKey(org.hibernate.mapping.Table table) {
        if (!table.hasPrimaryKey()) {
            return null;
        }
        org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
        // The DDL names the key only when an explicitly named unique key on the same columns was folded into it.
        UniqueKey ordering = key.getOrderingUniqueKey();
        String name = ordering != null && ordering.isNameExplicit() ? names.rendered(ordering.getName()) : null;
        return new PrimaryKey(name, columnNames(key.getColumns()));
    }

    private List<UniqueConstraint> uniqueConstraints(org.hibernate.mapping.Table table) {
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column)) {
                uniques.add(new UniqueConstraint(null, List.of(names.column(column))));
            }
        }
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (isRenderedInline(table, key)) {
                continue;
            }
            String name = key.isNameExplicit() ? names.rendered(key.getName()) : null;
            uniques.add(new UniqueConstraint(name, columnNames(key.getColumns())));
        }
        return uniques;
    }

    /** PostgreSQL's unique delegate writes a single-column key on a unique column as the column's {@code unique}. */
    private static boolean isRenderedInline(org.hibernate.mapping.Table table, UniqueKey key) {
        if (key.getColumns().size() != 1) {
            return false;
        }
        org.hibernate.mapping.Column column = key.getColumns().get(0);
        org.hibernate.mapping.Column own = table.getColumn(column);
        return column.isUnique() || own != null && own.isUnique();
    }

    private List<CheckConstraint> checks(org.hibernate.mapping.Table table) {
        List<CheckConstraint> checks = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            List<org.hibernate.mapping.CheckConstraint> anonymous = column.getCheckConstraints().stream()
                    .filter(org.hibernate.mapping.CheckConstraint::isAnonymous).toList();
            if (anonymous.size() == 1) {
                checks.add(CheckConstraint.of(null, anonymous.get(0).getConstraint()));
            } else if (anonymous.size() > 1) {
                // The DDL joins a column's anonymous checks into one: check ((a) and (b)).
                checks.add(CheckConstraint.of(null, String.join(" and ", anonymous.stream()
                        .map(org.hibernate.mapping.CheckConstraint::getConstraintInParens).toList())));
            }
            column.getCheckConstraints().stream().filter(org.hibernate.mapping.CheckConstraint::isNamed)
                    .forEach(check -> checks.add(CheckConstraint.of(names.rendered(check.getName()),
                            check.getConstraint())));
        }
        for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
            checks.add(CheckConstraint.of(check.isNamed() ? names.rendered(check.getName()) : null,
                    check.getConstraint()));
        }
        return checks;
    }

    private List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table) {
        List<ForeignKey> keys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : table.getForeignKeys().values()) {
            if (!key.isCreationEnabled() || !key.isPhysicalConstraint()) {
                continue;
            }
            org.hibernate.mapping.Table referenced = key.getReferencedTable();
            List<org.hibernate.mapping.Column> referencedColumns = key.isReferenceToPrimaryKey()
                    ? referenced.getPrimaryKey().getColumns()
                    : key.getReferencedColumns();
            QualifiedName target = names.table(referenced);
            keys.add(new ForeignKey(names.rendered(key.getName()), columnNames(key.getColumns()), target,
                    columnNames(referencedColumns), onDelete(key.getOnDeleteAction()), ReferentialAction.NO_ACTION,
                    Deferral.NOT_DEFERRABLE));
        }
        return keys;
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

    private List<Index> indexes(org.hibernate.mapping.Table table) {
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            Map<Selectable, String> order = index.getSelectableOrderMap();
            List<IndexKey> keys = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                boolean descending = "desc".equalsIgnoreCase(String.valueOf(order.get(selectable)).strip());
                keys.add(selectable instanceof Formula formula
                        ? new IndexKey(null, formula.getFormula(), descending, descending)
                        : IndexKey.column(names.column((org.hibernate.mapping.Column) selectable), descending));
            }
            // The PostgreSQL DDL writes index.getName() as is: a name quoted in the mapping loses its quotes there.
            indexes.add(new Index(names.rendered(index.getName()), keys, index.isUnique(), "btree", null));
        }
        return indexes;
    }

    private List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(names::column).toList();
    }
}
