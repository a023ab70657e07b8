package dev.retort.ops;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Applies operations to a model the way the database applies their SQL, refusing what the database would
 * refuse (a foreign key to a column without a key, dropping a column an index still uses, dropping a table
 * still referenced, ...). It is the executable meaning of the operation family: property tests check that
 * the upgrade turns model A into B, the downgrade turns B back into A, and the order is one the database
 * accepts. A column added back goes to the end of its table, as in PostgreSQL, so compare column sets when
 * checking a round trip.
 */
public final class ModelEditor implements OperationVisitor<SchemaModel> {

    private final SchemaModel model;

    private ModelEditor(SchemaModel model) {
        this.model = model;
    }

    public static SchemaModel apply(SchemaModel model, List<? extends Operation> operations) {
        SchemaModel current = model;
        for (Operation operation : operations) {
            current = apply(current, operation);
        }
        return current;
    }

    public static SchemaModel apply(SchemaModel model, Operation operation) {
        return operation.accept(new ModelEditor(model));
    }

    @Override
    public SchemaModel visit(CreateSchema op) {
        require(!model.schemas().contains(op.schema()), "schema " + op.schema() + " already exists");
        return model.withSchemas(append(model.schemas(), op.schema()));
    }

    @Override
    public SchemaModel visit(DropSchema op) {
        require(model.schemas().contains(op.schema()), "schema " + op.schema() + " does not exist");
        boolean used = Stream.concat(model.tables().stream().map(Table::name),
                model.sequences().stream().map(Sequence::name)).anyMatch(n -> n.schema().equals(op.schema()));
        require(!used, "schema " + op.schema() + " is not empty");
        return model.withSchemas(model.schemas().stream().filter(s -> !s.equals(op.schema())).toList());
    }

    @Override
    public SchemaModel visit(CreateTable op) {
        Table table = op.table();
        require(model.schemas().contains(table.name().schema()), "schema of " + table.name() + " does not exist");
        require(model.table(table.name()).isEmpty(), "table " + table.name() + " already exists");
        return model.withTables(append(model.tables(), table));
    }

    @Override
    public SchemaModel visit(DropTable op) {
        Table table = table(op.table().name());
        require(table.equals(op.table()), "table " + table.name() + " is not in the state DropTable expects");
        requireNotReferenced(table.name(), null, "table " + table.name());
        return model.withTables(model.tables().stream().filter(t -> !t.name().equals(table.name())).toList());
    }

    @Override
    public SchemaModel visit(AddColumn op) {
        Table table = table(op.table());
        require(table.column(op.column().name()).isEmpty(), "column " + op.subject() + " already exists");
        return replace(table.withColumns(append(table.columns(), op.column())));
    }

    @Override
    public SchemaModel visit(DropColumn op) {
        Table table = table(op.table());
        String name = op.column().name();
        require(table.column(name).filter(op.column()::equals).isPresent(),
                "column " + op.subject() + " is not in the state DropColumn expects");
        // Before the table's own keys: a referenced column is in one, and the foreign key is what to drop first.
        requireNotReferenced(op.table(), name, "column " + op.subject());
        for (Constraint c : table.constraints()) {
            require(!c.columns().contains(name), c.kind() + " " + c.name() + " still uses column " + op.subject());
        }
        for (Index index : table.indexes()) {
            require(!index.columnsUsed().contains(name), "index " + index.name() + " still uses column " + op.subject());
        }
        requireNoViewReads(op.table(), name);
        return replace(table.withColumns(table.columns().stream().filter(c -> !c.name().equals(name)).toList()));
    }

    @Override
    public SchemaModel visit(AlterColumn op) {
        Table table = table(op.table());
        require(table.column(op.from().name()).filter(op.from()::equals).isPresent(),
                "column " + op.subject() + " is not in the state AlterColumn expects");
        if (op.changes(ColumnAspect.TYPE)) {
            requireNoViewReads(op.table(), op.from().name());
        }
        boolean inPrimaryKey = table.primaryKeyIfAny().map(pk -> pk.columns().contains(op.to().name())).orElse(false);
        require(!(inPrimaryKey && op.to().nullable()), "column " + op.subject() + " is in a primary key");
        return replace(table.withColumn(op.from().name(), c -> op.to()));
    }

    @Override
    public SchemaModel visit(AddConstraint op) {
        Table table = table(op.table());
        Constraint constraint = op.constraint();
        requireConstraintNameFree(table, constraint, constraint.name());
        for (String column : constraint.columns()) {
            require(table.column(column).isPresent(), constraint.kind() + " " + constraint.name()
                    + " uses missing column " + op.table() + "." + column);
        }
        if (constraint instanceof PrimaryKey pk) {
            require(table.primaryKey() == null, "table " + op.table() + " already has a primary key");
            Table withNotNull = table;
            for (String column : pk.columns()) {
                withNotNull = withNotNull.withColumn(column, c -> c.withNullable(false));
            }
            return replace(withNotNull.withPrimaryKey(pk));
        }
        if (constraint instanceof ForeignKey fk) {
            Table target = table(fk.referencedTable());
            require(hasKey(target, fk.referencedColumns()), "foreign key " + fk.name() + " references "
                    + fk.referencedTable() + " " + fk.referencedColumns() + ", which has no primary key or unique"
                    + " constraint on exactly those columns");
            return replace(table.withForeignKeys(append(table.foreignKeys(), fk)));
        }
        if (constraint instanceof UniqueConstraint unique) {
            return replace(table.withUniqueConstraints(append(table.uniqueConstraints(), unique)));
        }
        CheckConstraint check = (CheckConstraint) constraint;
        return replace(table.withChecks(append(table.checks(), check)));
    }

    @Override
    public SchemaModel visit(DropConstraint op) {
        Table table = table(op.table());
        Constraint constraint = op.constraint();
        require(table.constraints().contains(constraint),
                constraint.kind() + " " + constraint.name() + " is not on " + op.table() + " as DropConstraint expects");
        if (constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint) {
            requireKeyNotReferenced(op.table(), constraint.columns(), constraint.kind() + " " + constraint.name());
        }
        return replace(removeConstraint(table, constraint));
    }

    @Override
    public SchemaModel visit(RenameConstraint op) {
        Table table = table(op.table());
        require(table.constraints().contains(op.constraint()),
                "constraint " + op.constraint().name() + " is not on " + op.table());
        requireConstraintNameFree(table, op.constraint(), op.newName());
        Table without = removeConstraint(table, op.constraint());
        return replace(addConstraintUnchecked(without, op.renamed()));
    }

    @Override
    public SchemaModel visit(CreateIndex op) {
        Table table = table(op.table());
        requireRelationNameFree(table, op.index().name());
        for (String column : op.index().columnsUsed()) {
            require(table.column(column).isPresent(), "index " + op.index().name() + " uses missing column " + column);
        }
        return replace(table.withIndexes(append(table.indexes(), op.index())));
    }

    @Override
    public SchemaModel visit(DropIndex op) {
        Table table = table(op.table());
        require(table.indexes().contains(op.index()), "index " + op.index().name() + " is not on " + op.table());
        return replace(table.withIndexes(table.indexes().stream().filter(i -> !i.equals(op.index())).toList()));
    }

    @Override
    public SchemaModel visit(RenameIndex op) {
        Table table = table(op.table());
        require(table.indexes().contains(op.index()), "index " + op.index().name() + " is not on " + op.table());
        requireRelationNameFree(table, op.newName());
        List<Index> indexes = table.indexes().stream().map(i -> i.equals(op.index()) ? op.renamed() : i).toList();
        return replace(table.withIndexes(indexes));
    }

    @Override
    public SchemaModel visit(CreateSequence op) {
        QualifiedName name = op.sequence().name();
        require(model.schemas().contains(name.schema()), "schema of sequence " + name + " does not exist");
        require(model.sequence(name).isEmpty(), "sequence " + name + " already exists");
        return model.withSequences(append(model.sequences(), op.sequence()));
    }

    @Override
    public SchemaModel visit(DropSequence op) {
        require(model.sequences().contains(op.sequence()), "sequence " + op.sequence().name() + " is not as expected");
        return model.withSequences(model.sequences().stream().filter(s -> !s.equals(op.sequence())).toList());
    }

    @Override
    public SchemaModel visit(AlterSequence op) {
        require(model.sequences().contains(op.from()), "sequence " + op.from().name() + " is not as expected");
        return model.withSequences(model.sequences().stream().map(s -> s.equals(op.from()) ? op.to() : s).toList());
    }

    @Override
    public SchemaModel visit(SetTableComment op) {
        Table table = table(op.table());
        require(Objects.equals(table.comment(), op.from()), "comment of " + op.table() + " is not as expected");
        return replace(table.withComment(op.to()));
    }

    @Override
    public SchemaModel visit(CreateEnumType op) {
        QualifiedName name = op.type().name();
        require(model.schemas().contains(name.schema()), "schema of enum type " + name + " does not exist");
        require(model.enumType(name).isEmpty(), "enum type " + name + " already exists");
        return model.withEnumTypes(append(model.enumTypes(), op.type()));
    }

    @Override
    public SchemaModel visit(DropEnumType op) {
        require(model.enumTypes().contains(op.type()), "enum type " + op.type().name() + " is not as expected");
        for (Table table : model.tables()) {
            for (dev.retort.schema.Column column : table.columns()) {
                require(!column.type().userType().map(op.type().name()::equals).orElse(false),
                        "enum type " + op.type().name() + " is still used by " + table.name() + "." + column.name());
            }
        }
        return model.withEnumTypes(without(model.enumTypes(), op.type()));
    }

    @Override
    public SchemaModel visit(AlterEnumType op) {
        require(model.enumTypes().contains(op.from()), "enum type " + op.from().name() + " is not as expected");
        return model.withEnumTypes(model.enumTypes().stream().map(t -> t.equals(op.from()) ? op.to() : t).toList());
    }

    @Override
    public SchemaModel visit(CreateView op) {
        require(model.views().stream().noneMatch(v -> v.name().equals(op.view().name())),
                "view " + op.view().name() + " already exists");
        return model.withViews(append(model.views(), op.view()));
    }

    @Override
    public SchemaModel visit(DropView op) {
        require(model.views().contains(op.view()), "view " + op.view().name() + " is not as expected");
        for (dev.retort.schema.View other : model.views()) {
            require(!other.readsView(op.view().name()), "view " + op.view().name() + " is still read by " + other.name());
        }
        return model.withViews(without(model.views(), op.view()));
    }

    @Override
    public SchemaModel visit(RenameTable op) {
        Table table = table(op.table().name());
        require(RenamedModel.sameButForColumnOrder(table, op.table()),
                "table " + table.name() + " is not in the state RenameTable expects");
        requireRelationNameFree(table, op.newName());
        RenamedModel.readerOfTable(model, table.name()).ifPresent(reader -> require(false,
                reader + " reads table " + table.name() + ", whose query the model cannot rename"));
        return RenamedModel.after(model, op);
    }

    @Override
    public SchemaModel visit(RenameColumn op) {
        Table table = table(op.table());
        require(table.column(op.column().name()).filter(op.column()::equals).isPresent(),
                "column " + op.subject() + " is not in the state RenameColumn expects");
        require(table.column(op.newName()).isEmpty(), "column " + op.table() + "." + op.newName() + " already exists");
        RenamedModel.readerOfColumn(model, table, op.column().name()).ifPresent(reader -> require(false,
                reader + " reads column " + op.subject() + ", whose SQL the model cannot rename"));
        return RenamedModel.after(model, op);
    }

    @Override
    public SchemaModel visit(RenameSequence op) {
        require(model.sequences().contains(op.sequence()), "sequence " + op.sequence().name() + " is not as expected");
        requireRelationNameFree(op.renamed().name());
        return model.withSequences(model.sequences().stream().map(s -> s.equals(op.sequence()) ? op.renamed() : s)
                .toList());
    }

    private Table table(QualifiedName name) {
        return model.table(name).orElseThrow(() -> new IllegalStateException("table " + name + " does not exist"));
    }

    private SchemaModel replace(Table table) {
        UnaryOperator<Table> swap = t -> t.name().equals(table.name()) ? table : t;
        return model.withTables(model.tables().stream().map(swap).toList());
    }

    private static boolean hasKey(Table table, List<String> columns) {
        return table.primaryKeyIfAny().map(pk -> pk.columns().equals(columns)).orElse(false)
                || table.uniqueConstraints().stream().anyMatch(u -> u.columns().equals(columns))
                || table.indexes().stream().anyMatch(i -> i.unique() && i.predicate() == null
                && i.keys().stream().allMatch(k -> k.isColumn()) && i.columns().equals(columns));
    }

    /** PostgreSQL refuses to change the type of, or drop, a column a view reads. */
    private void requireNoViewReads(QualifiedName table, String column) {
        for (dev.retort.schema.View view : model.views()) {
            require(!view.readsColumn(table, column), "view " + view.name() + " reads " + table + "." + column);
        }
    }

    private void requireNotReferenced(QualifiedName table, String column, String what) {
        for (Table other : model.tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                // A dropped table has no foreign keys (DropTable holds none), so none of them is a self-reference.
                boolean references = fk.referencedTable().equals(table)
                        && (column == null || fk.referencedColumns().contains(column));
                require(!references, what + " is still referenced by foreign key " + fk.name() + " of " + other.name());
            }
        }
    }

    private void requireKeyNotReferenced(QualifiedName table, List<String> columns, String what) {
        for (Table other : model.tables()) {
            for (ForeignKey fk : other.foreignKeys()) {
                require(!(fk.referencedTable().equals(table) && fk.referencedColumns().equals(columns)),
                        what + " is still needed by foreign key " + fk.name() + " of " + other.name());
            }
        }
    }

    /**
     * A constraint's name must be free among the table's constraints; a primary key's or unique constraint's also
     * among the schema's relations, as it names the constraint's index too. A foreign key or a check is no
     * relation: an index may have its name.
     */
    private void requireConstraintNameFree(Table table, Constraint constraint, String name) {
        require(table.constraints().stream().noneMatch(c -> name.equals(c.name())),
                "constraint name " + name + " is already used on " + table.name());
        if (constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint) {
            requireRelationNameFree(table, name);
        }
    }

    /** Tables, sequences, views, indexes and the indexes of primary and unique keys share their schema's names. */
    private void requireRelationNameFree(Table table, String name) {
        requireRelationNameFree(new QualifiedName(table.name().schema(), name));
    }

    private void requireRelationNameFree(QualifiedName relation) {
        String name = relation.name();
        boolean taken = model.table(relation).isPresent() || model.sequence(relation).isPresent()
                || model.views().stream().anyMatch(v -> v.name().equals(relation))
                || model.tables().stream().filter(t -> t.name().schema().equals(relation.schema()))
                .anyMatch(t -> indexNames(t).anyMatch(name::equals));
        require(!taken, "name " + relation + " is already used by a relation of schema " + relation.schema());
    }

    private static Stream<String> indexNames(Table table) {
        return Stream.concat(Stream.concat(Stream.ofNullable(table.primaryKey()), table.uniqueConstraints().stream())
                .map(Constraint::name), table.indexes().stream().map(Index::name));
    }

    private static Table removeConstraint(Table table, Constraint constraint) {
        if (constraint instanceof PrimaryKey) {
            return table.withPrimaryKey(null);
        }
        return table.withUniqueConstraints(without(table.uniqueConstraints(), constraint))
                .withChecks(without(table.checks(), constraint))
                .withForeignKeys(without(table.foreignKeys(), constraint));
    }

    private static Table addConstraintUnchecked(Table table, Constraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return table.withPrimaryKey(pk);
        }
        if (constraint instanceof ForeignKey fk) {
            return table.withForeignKeys(append(table.foreignKeys(), fk));
        }
        if (constraint instanceof UniqueConstraint unique) {
            return table.withUniqueConstraints(append(table.uniqueConstraints(), unique));
        }
        return table.withChecks(append(table.checks(), (CheckConstraint) constraint));
    }

    private static <T> List<T> without(List<T> values, Object removed) {
        return values.stream().filter(v -> !v.equals(removed)).toList();
    }

    private static <T> List<T> append(List<? extends T> values, T added) {
        List<T> copy = new ArrayList<>(values);
        copy.add(added);
        return copy;
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }
}
