package dev.retort.dialect.postgresql;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.CreateTable;
import dev.retort.ops.EnumUse;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.EnumType;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What PostgreSQL will refuse about enum labels inside one revision's transaction, found when the revision is
 * written so that retort says so there instead of leaving it to the upgrade. Two cases, both confirmed against
 * PostgreSQL 15:
 * <ul>
 *   <li>a label added in place ({@code ALTER TYPE ... ADD VALUE}) cannot be used by the transaction that adds it
 *       ("unsafe use of new value"): a column default naming it, set in the same revision, fails;</li>
 *   <li>a type recreated without a label sets its columns' defaults back as they were: a default naming the
 *       removed label fails.</li>
 * </ul>
 * Either way the upgrade (or downgrade) fails and is rolled back; the way through is two revisions, the labels
 * first and the default second.
 */
public final class EnumLabelHazards {

    private EnumLabelHazards() {
    }

    /** One line per hazard in {@code operations}, which run in that order in one transaction ({@code section}). */
    public static List<String> in(List<Operation> operations, String section) {
        List<String> hazards = new ArrayList<>();
        List<Map.Entry<QualifiedName, Column>> defaultsSet = defaultsSet(operations);
        for (Operation operation : operations) {
            if (!(operation instanceof AlterEnumType change) || change.keepsLabels()) {
                continue;
            }
            if (change.onlyAddsLabels()) {
                List<String> added = labelsOnlyIn(change.to(), change.from());
                for (Map.Entry<QualifiedName, Column> set : defaultsSet) {
                    naming(set.getValue(), change.to(), added).ifPresent(label -> hazards.add(section + " adds label "
                            + label + " to type " + change.to().name() + " and sets the default of column "
                            + set.getKey() + "." + set.getValue().name() + " to it in the same transaction, which"
                            + " PostgreSQL refuses (unsafe use of new value): make two revisions, the label first"));
                }
            } else {
                List<String> removed = labelsOnlyIn(change.from(), change.to());
                for (EnumUse use : change.uses()) {
                    naming(use.column(), change.from(), removed).ifPresent(label -> hazards.add(section
                            + " recreates type " + change.to().name() + " without label " + label + ", which the"
                            + " default of column " + use.table() + "." + use.column().name() + " still names when"
                            + " the type is recreated: make two revisions, the default first"));
                }
            }
        }
        return hazards;
    }

    /** The columns whose default an operation sets: added ones, and altered ones whose default changes. */
    private static List<Map.Entry<QualifiedName, Column>> defaultsSet(List<Operation> operations) {
        List<Map.Entry<QualifiedName, Column>> columns = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation instanceof CreateTable create) {
                create.table().columns().forEach(column -> columns.add(Map.entry(create.table().name(), column)));
            } else if (operation instanceof AddColumn add) {
                columns.add(Map.entry(add.table(), add.column()));
            } else if (operation instanceof AlterColumn alter && alter.to().defaultExpression() != null
                    && !alter.to().defaultExpression().equals(alter.from().defaultExpression())) {
                columns.add(Map.entry(alter.table(), alter.to()));
            }
        }
        return columns;
    }

    /** The first of {@code labels} that the column's default names, when the column is of {@code type}. */
    private static Optional<String> naming(Column column, EnumType type, List<String> labels) {
        String defaultExpression = column.defaultExpression();
        if (defaultExpression == null || !isOf(column, type.name())) {
            return Optional.empty();
        }
        return labels.stream().map(PostgresIdentifiers::literal).filter(defaultExpression::contains).findFirst();
    }

    /** Columns of the type, or arrays of it; unqualified type names (as some models spell them) count too. */
    private static boolean isOf(Column column, QualifiedName type) {
        String element = column.type().sql().replace("[]", "");
        return column.type().userType().map(type::equals).orElse(false) || element.equals(type.name());
    }

    private static List<String> labelsOnlyIn(EnumType in, EnumType notIn) {
        return in.labels().stream().filter(label -> !notIn.labels().contains(label)).toList();
    }
}
