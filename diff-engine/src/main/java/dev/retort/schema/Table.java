package dev.retort.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A table with everything that belongs to it. Columns keep their order (it is how CREATE TABLE lists them);
 * constraints and indexes are sets, kept sorted so that equality is structural and output deterministic.
 *
 * @param primaryKey the primary key, {@code null} when the table has none
 * @param comment    the table comment, {@code null} when there is none
 */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
                    List<UniqueConstraint> uniqueConstraints, List<CheckConstraint> checks,
                    List<ForeignKey> foreignKeys, List<Index> indexes, String comment) {

    private static final Comparator<Constraint> CONSTRAINT_ORDER = Comparator
            .comparing(Constraint::name, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Constraint::signature);

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        uniqueConstraints = sorted(uniqueConstraints, CONSTRAINT_ORDER);
        checks = sorted(checks, CONSTRAINT_ORDER);
        foreignKeys = sorted(foreignKeys, CONSTRAINT_ORDER);
        indexes = sorted(indexes, Comparator.comparing(Index::name));
        comment = Text.emptyToNull(comment);
        Set<String> seen = new HashSet<>();
        for (Column column : columns) {
            if (!seen.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has column " + column.name() + " twice");
            }
        }
        requireUnique(name, "constraints", constraintsOf(primaryKey, uniqueConstraints, checks, foreignKeys)
                .map(Constraint::name));
        requireUnique(name, "indexes or index-backed constraints", Stream.concat(
                Stream.concat(Stream.ofNullable(primaryKey), uniqueConstraints.stream()).map(Constraint::name),
                indexes.stream().map(Index::name)));
    }

    /**
     * PostgreSQL's name spaces: a constraint's name is unique among the table's constraints; an index's name among
     * the schema's relations, which include the index of each primary key and unique constraint (named like it).
     * A foreign key or a check is no relation, so an index may share its name.
     */
    private static void requireUnique(QualifiedName table, String kind, Stream<String> names) {
        Set<String> seen = new HashSet<>();
        names.filter(Objects::nonNull).forEach(n -> {
            if (!seen.add(n)) {
                throw new IllegalArgumentException("table " + table + " has two " + kind + " named " + n);
            }
        });
    }

    private static Stream<Constraint> constraintsOf(PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                                                    List<CheckConstraint> checks, List<ForeignKey> foreignKeys) {
        return Stream.of(Stream.ofNullable(primaryKey), uniques.stream(), checks.stream(), foreignKeys.stream())
                .flatMap(s -> s);
    }

    public static Table of(QualifiedName name, List<Column> columns, PrimaryKey primaryKey) {
        return new Table(name, columns, primaryKey, List.of(), List.of(), List.of(), List.of(), null);
    }

    private static <T> List<T> sorted(List<? extends T> values, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(order);
        return List.copyOf(copy);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<PrimaryKey> primaryKeyIfAny() {
        return Optional.ofNullable(primaryKey);
    }

    /** Every constraint of the table: primary key, unique, check and foreign keys. */
    public List<Constraint> constraints() {
        return constraintsOf(primaryKey, uniqueConstraints, checks, foreignKeys).toList();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment);
    }

    public Table withColumn(String columnName, UnaryOperator<Column> change) {
        return withColumns(columns.stream().map(c -> c.name().equals(columnName) ? change.apply(c) : c).toList());
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, checks, foreignKeys, indexes, comment);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newChecks, foreignKeys, indexes, comment);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, newForeignKeys, indexes, comment);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, newIndexes, comment);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, newComment);
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, columns, primaryKey, uniqueConstraints, checks, foreignKeys, indexes, comment);
    }

    /** This table without its foreign keys: what CREATE TABLE makes before the keys are attached. */
    public Table withoutForeignKeys() {
        return withForeignKeys(List.of());
    }
}
