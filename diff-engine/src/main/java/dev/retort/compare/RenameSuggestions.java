package dev.retort.compare;

import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import java.util.ArrayList;
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
        for (Operation operation : operations) {
            if (operation instanceof DropColumn dropped) {
                for (Operation other : operations) {
                    if (other instanceof AddColumn added && added.table().equals(dropped.table())
                            && compatible(dropped.column(), added.column(), widening)) {
                        String hint = shortName(dropped.table(), defaultSchema) + "." + dropped.column().name() + "="
                                + added.column().name();
                        suggestions.add(new Suggestion(hint, dropped.subject() + " -> "
                                + added.column().name() + ": pass --rename " + hint + " to keep its data"));
                    }
                }
            } else if (operation instanceof DropTable dropped) {
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

    private static boolean compatible(Column dropped, Column added, TypeWidening widening) {
        return dropped.type().equals(added.type()) || widening.widens(added.type(), dropped.type());
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
