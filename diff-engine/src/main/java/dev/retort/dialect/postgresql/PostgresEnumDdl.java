package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresIdentifiers.literal;
import static dev.retort.dialect.postgresql.PostgresIdentifiers.qualified;
import static dev.retort.dialect.postgresql.PostgresIdentifiers.quote;

import dev.retort.ops.AlterEnumType;
import dev.retort.ops.EnumUse;
import dev.retort.schema.Column;
import dev.retort.schema.EnumType;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The statements for enum types, including the two ways of changing their labels. */
final class PostgresEnumDdl {

    private PostgresEnumDdl() {
    }

    static List<String> create(EnumType type) {
        List<String> statements = new ArrayList<>();
        statements.add(createType(type));
        if (type.varcharCasts()) {
            statements.addAll(createCasts(qualified(type.name())));
        }
        return statements;
    }

    static List<String> drop(EnumType type) {
        List<String> statements = new ArrayList<>();
        if (type.varcharCasts()) {
            statements.addAll(dropCasts(qualified(type.name())));
        }
        statements.add("DROP TYPE " + qualified(type.name()));
        return statements;
    }

    static String createType(EnumType type) {
        return "CREATE TYPE " + qualified(type.name()) + " AS ENUM ("
                + type.labels().stream().map(PostgresIdentifiers::literal).collect(Collectors.joining(", ")) + ")";
    }

    static List<String> alter(AlterEnumType op) {
        if (op.keepsLabels()) {
            String type = qualified(op.to().name());
            return op.to().varcharCasts() ? createCasts(type) : dropCasts(type);
        }
        List<String> statements = new ArrayList<>();
        if (op.onlyAddsLabels()) {
            statements.addAll(addLabels(op.from(), op.to()));
            if (op.from().varcharCasts() != op.to().varcharCasts()) {
                String type = qualified(op.to().name());
                statements.addAll(op.to().varcharCasts() ? createCasts(type) : dropCasts(type));
            }
            return statements;
        }
        return recreate(op);
    }

    /** Hibernate's casts for a named enum: implicit, through the types' text input and output. */
    private static List<String> createCasts(String type) {
        return List.of("CREATE CAST (character varying AS " + type + ") WITH INOUT AS IMPLICIT",
                "CREATE CAST (" + type + " AS character varying) WITH INOUT AS IMPLICIT");
    }

    private static List<String> dropCasts(String type) {
        return List.of("DROP CAST (character varying AS " + type + ")",
                "DROP CAST (" + type + " AS character varying)");
    }

    /** {@code ADD VALUE} for each new label, placed before the next label that exists, else after the previous. */
    private static List<String> addLabels(EnumType from, EnumType to) {
        List<String> statements = new ArrayList<>();
        Set<String> present = new HashSet<>(from.labels());
        List<String> labels = to.labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (present.contains(label)) {
                continue;
            }
            String position = "";
            for (int next = i + 1; next < labels.size() && position.isEmpty(); next++) {
                if (present.contains(labels.get(next))) {
                    position = " BEFORE " + literal(labels.get(next));
                }
            }
            if (position.isEmpty() && i > 0) {
                position = " AFTER " + literal(labels.get(i - 1));
            }
            statements.add("ALTER TYPE " + qualified(to.name()) + " ADD VALUE " + literal(label) + position);
            present.add(label);
        }
        return statements;
    }

    /**
     * PostgreSQL cannot remove or reorder labels: the old type is renamed aside (its casts dropped), the new one
     * created with its casts, every column converted through text (defaults dropped first, set again after), and the
     * old type dropped.
     */
    private static List<String> recreate(AlterEnumType op) {
        QualifiedName name = op.to().name();
        String aside = quote(PostgresNames.withSuffix(name.name(), "__retort_old"));
        String asideQualified = quote(name.schema()) + "." + aside;
        List<String> statements = new ArrayList<>();
        statements.add("ALTER TYPE " + qualified(name) + " RENAME TO " + aside);
        if (op.from().varcharCasts()) {
            statements.addAll(dropCasts(asideQualified));
        }
        statements.addAll(create(op.to()));
        for (EnumUse use : op.uses()) {
            Column column = use.column();
            String alter = "ALTER TABLE " + qualified(use.table()) + " ALTER COLUMN " + quote(column.name()) + " ";
            if (column.defaultExpression() != null) {
                statements.add(alter + "DROP DEFAULT");
            }
            String viaText = column.type().isArray() ? "::text[]::" : "::text::";
            statements.add(alter + "TYPE " + column.type().sql() + " USING " + quote(column.name()) + viaText
                    + column.type().sql());
            if (column.defaultExpression() != null) {
                statements.add(alter + "SET DEFAULT " + column.defaultExpression());
            }
        }
        statements.add("DROP TYPE " + asideQualified);
        return statements;
    }
}
