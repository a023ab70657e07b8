package dev.retort.compare;

import dev.retort.compare.Renames.ColumnRename;
import dev.retort.compare.Renames.TableRename;
import dev.retort.schema.Column;
import dev.retort.schema.ObjectKind;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the developer's rename hints and checks each against the database and the entities: {@code old=new} renames
 * a table ({@code [schema.]table=new_table}) or a column ({@code [schema.]table.column=new_column}); names fold to
 * lower case, as PostgreSQL folds unquoted names. {@code a.b=c} is the column {@code b} of table {@code a} when either
 * side has a table {@code a} in the default schema, else the table {@code a.b}. A hint whose old object the database
 * no longer has while it has the new one was applied already: it is satisfied, and said so only to {@code --verbose}.
 * Any other hint that cannot apply is an error, never a silent drop and add: the hint says the data must be kept.
 */
public final class RenameHints {

    /** @param satisfied one line for each hint already applied in the database */
    public record Resolution(Renames renames, List<String> satisfied) {
        public Resolution {
            satisfied = List.copyOf(satisfied);
        }
    }

    private record Hint(String text, List<String> old, String to) {
    }

    private RenameHints() {
    }

    public static Resolution resolve(List<String> hints, String defaultSchema, SchemaModel database,
                                     SchemaModel entities, TypeWidening widening) throws RenameHintException {
        List<Hint> tableHints = new ArrayList<>();
        List<Hint> columnHints = new ArrayList<>();
        for (String text : hints) {
            Hint hint = parse(text);
            boolean column = hint.old().size() == 3 || hint.old().size() == 2
                    && (hasTable(database, defaultSchema, hint.old().get(0))
                    || hasTable(entities, defaultSchema, hint.old().get(0)));
            (column ? columnHints : tableHints).add(hint);
        }
        List<TableRename> tables = new ArrayList<>();
        List<String> satisfied = new ArrayList<>();
        for (Hint hint : tableHints) {
            QualifiedName from = hint.old().size() == 1 ? new QualifiedName(defaultSchema, hint.old().get(0))
                    : new QualifiedName(hint.old().get(0), hint.old().get(1));
            TableRename rename = new TableRename(from, hint.to(), hint.text());
            if (tableApplies(rename, database, entities, satisfied)) {
                tables.add(rename);
            }
        }
        List<ColumnRename> columns = new ArrayList<>();
        for (Hint hint : columnHints) {
            List<String> old = hint.old();
            QualifiedName named = old.size() == 3 ? new QualifiedName(old.get(0), old.get(1))
                    : new QualifiedName(defaultSchema, old.get(0));
            QualifiedName inEntities = tables.stream().filter(t -> t.from().equals(named)).findFirst()
                    .map(TableRename::target).orElse(named);
            QualifiedName inDatabase = tables.stream().filter(t -> t.target().equals(named)).findFirst()
                    .map(TableRename::from).orElse(named);
            ColumnRename rename = new ColumnRename(inEntities, old.get(old.size() - 1), hint.to(), hint.text());
            Table current = database.table(inDatabase).or(() -> database.table(inEntities)).orElseThrow(() ->
                    problem(hint.text(), "the database has no table " + named + "; name the table as the database"
                            + " or the entities do"));
            Table wanted = entities.table(inEntities).orElseThrow(() -> problem(hint.text(),
                    "the entities have no table " + inEntities + "; name the table as the database or the entities do"));
            if (columnApplies(rename, current, wanted, database, widening, satisfied)) {
                columns.add(rename);
            }
        }
        return new Resolution(new Renames(tables, columns), satisfied);
    }

    private static Hint parse(String text) throws RenameHintException {
        String[] sides = text.strip().split("=", -1);
        if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
            throw problem(text, "write old=new: table=new_table or table.column=new_column (schema-qualified if"
                    + " need be)");
        }
        List<String> old = Arrays.stream(sides[0].split("\\.", -1)).map(RenameHints::folded).toList();
        String to = folded(sides[1]);
        if (old.size() > 3 || old.stream().anyMatch(String::isEmpty) || to.contains(".")) {
            throw problem(text, "write old=new: [schema.]table=new_table or [schema.]table.column=new_column, the new"
                    + " name alone (a table keeps its schema)");
        }
        return new Hint(text.strip(), old, to);
    }

    private static String folded(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean hasTable(SchemaModel model, String schema, String table) {
        return model.table(new QualifiedName(schema, table)).isPresent();
    }

    private static boolean tableApplies(TableRename rename, SchemaModel database, SchemaModel entities,
                                        List<String> satisfied) throws RenameHintException {
        QualifiedName from = rename.from();
        QualifiedName to = rename.target();
        boolean oldInDatabase = database.table(from).isPresent();
        boolean newInDatabase = database.table(to).isPresent();
        if (!oldInDatabase && newInDatabase) {
            satisfied.add("rename " + rename.hint() + " is applied already: the database has table " + to);
            return false;
        }
        if (!oldInDatabase) {
            throw problem(rename.hint(), "the database has neither table " + from + " nor " + to
                    + "; name the table as the database has it, then the new name");
        }
        if (newInDatabase) {
            throw problem(rename.hint(), "the database has both tables " + from + " and " + to
                    + "; drop the hint, or drop " + to + " first");
        }
        if (entities.table(to).isEmpty()) {
            throw problem(rename.hint(), "the entities have no table " + to + "; name the new table as the entities"
                    + " map it");
        }
        if (entities.table(from).isPresent()) {
            throw problem(rename.hint(), "the entities still map table " + from + "; drop the hint");
        }
        Optional<View> reader = database.views().stream().filter(v -> v.reads().stream()
                .anyMatch(r -> r.owner().equals(from) && r.kind() != ObjectKind.VIEW)).findFirst();
        if (reader.isPresent()) {
            throw problem(rename.hint(), "view " + reader.get().name() + " reads table " + from
                    + ", and retort does not rewrite views; rename the table in a revision written by hand");
        }
        return true;
    }

    private static boolean columnApplies(ColumnRename rename, Table current, Table wanted, SchemaModel database,
                                         TypeWidening widening, List<String> satisfied) throws RenameHintException {
        Optional<Column> old = current.column(rename.from());
        Optional<Column> renamed = wanted.column(rename.to());
        ObjectPath from = ObjectPath.column(current.name(), rename.from());
        if (old.isEmpty() && current.column(rename.to()).isPresent()) {
            satisfied.add("rename " + rename.hint() + " is applied already: the database has column "
                    + ObjectPath.column(current.name(), rename.to()));
            return false;
        }
        if (old.isEmpty()) {
            throw problem(rename.hint(), "the database has neither column " + from + " nor " + rename.to()
                    + "; name the column as the database has it, then the new name");
        }
        if (current.column(rename.to()).isPresent()) {
            throw problem(rename.hint(), "the database has both columns " + rename.from() + " and " + rename.to()
                    + " in " + current.name() + "; drop the hint, or drop " + rename.to() + " first");
        }
        if (renamed.isEmpty()) {
            throw problem(rename.hint(), "the entities have no column " + rename.to() + " in " + wanted.name()
                    + "; name the new column as the entities map it");
        }
        if (wanted.column(rename.from()).isPresent()) {
            throw problem(rename.hint(), "the entities still map column " + rename.from() + " in " + wanted.name()
                    + "; drop the hint");
        }
        Column before = old.get();
        Column after = renamed.get();
        if (!before.type().equals(after.type()) && !widening.widens(after.type(), before.type())) {
            throw problem(rename.hint(), "column " + from + " is " + before.type().sql() + " and " + rename.to()
                    + " is " + after.type().sql() + " in the entities, which is not the same type nor a wider one;"
                    + " map a type that holds every value, or drop the hint (the column is then dropped and added)");
        }
        Optional<View> reader = database.views().stream().filter(v -> v.readsColumn(current.name(), rename.from()))
                .findFirst();
        if (reader.isPresent()) {
            throw problem(rename.hint(), "view " + reader.get().name() + " reads column " + from
                    + ", and retort does not rewrite views; rename the column in a revision written by hand");
        }
        return true;
    }

    private static RenameHintException problem(String hint, String what) {
        return new RenameHintException("rename " + hint + ": " + what);
    }
}
