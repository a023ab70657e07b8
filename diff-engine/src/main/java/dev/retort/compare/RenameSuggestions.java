package dev.retort.compare;

import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Renames a comparison may have missed, said and never made: a table that loses a column and gains one of the same
 * type or a wider one, or a table that goes while one of the same shape (column names and types) comes. The
 * comparison still drops and adds; the suggestion names the hint that would keep the data instead.
 */
public final class RenameSuggestions {

    /**
     * @param hint what to pass to {@code --rename}
     * @param what the objects and the hint, in words: {@code public.customer.nick -> nickname: pass --rename ...}
     */
    public record Suggestion(String hint, String what) {
        /** What a suggestion is called where it is listed. */
        public static final String LABEL = "possibly a rename";

        /** The sentence to show: {@code possibly a rename: public.customer.nick -> nickname: pass --rename ...}. */
        public String line() {
            return LABEL + ": " + what;
        }
    }

    private RenameSuggestions() {
    }

    public static List<Suggestion> in(Comparison comparison, TypeWidening widening, String defaultSchema) {
        List<Operation> operations = comparison.changes().stream().map(Change::operation).toList();
        List<Suggestion> suggestions = new ArrayList<>();
        List<ObjectPath> goneColumns = new ArrayList<>();
        Map<ObjectPath, ColumnType> goneTypes = new HashMap<>();
        for (Operation operation : operations) {
            if (operation instanceof DropColumn dropped) {
                goneColumns.add(dropped.subject());
                goneTypes.put(dropped.subject(), dropped.column().type());
            }
        }
        // A column the policy keeps (reported only, as on a database no revision explains) is gone from the entities
        // all the same.
        for (Difference reported : comparison.reported()) {
            if (reported.category() == Category.COLUMN_EXTRA && reported.from() != null) {
                goneColumns.add(reported.path());
                goneTypes.put(reported.path(), ColumnType.of(reported.from()));
            }
        }
        for (ObjectPath gone : goneColumns) {
            for (Operation other : operations) {
                if (other instanceof AddColumn added && added.table().equals(gone.owner())
                        && compatible(goneTypes.get(gone), added.column().type(), widening)) {
                    String hint = shortName(gone.owner(), defaultSchema) + "." + gone.member() + "="
                            + added.column().name();
                    suggestions.add(new Suggestion(hint, gone + " -> " + added.column().name() + ": pass --rename "
                            + hint + " to keep its data"));
                }
            }
        }
        for (Operation operation : operations) {
            if (operation instanceof DropTable dropped) {
                for (Operation other : operations) {
                    if (other instanceof CreateTable created && sameShape(dropped.table(), created.table())) {
                        String hint = shortName(dropped.table().name(), defaultSchema) + "=" + created.table().name()
                                .name();
                        suggestions.add(new Suggestion(hint, dropped.subject() + " -> "
                                + created.table().name().name() + ": pass --rename " + hint + " to keep its rows"));
                    }
                }
            }
        }
        return suggestions;
    }

    private static boolean compatible(ColumnType dropped, ColumnType added, TypeWidening widening) {
        return dropped.equals(added) || widening.widens(added, dropped);
    }

    private static boolean sameShape(Table dropped, Table created) {
        return dropped.name().schema().equals(created.name().schema()) && shape(dropped).equals(shape(created));
    }

    private static Map<String, String> shape(Table table) {
        return table.columns().stream().collect(Collectors.toMap(Column::name, c -> c.type().sql(), (a, b) -> a,
                TreeMap::new));
    }

    private static String shortName(QualifiedName table, String defaultSchema) {
        return table.schema().equals(defaultSchema) ? table.name() : table.toString();
    }
}
