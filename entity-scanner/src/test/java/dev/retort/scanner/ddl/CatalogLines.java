package dev.retort.scanner.ddl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.TestDatabase;

/**
 * A schema as comparable text lines, from a live PostgreSQL catalog or from a model: column names, order,
 * nullability and identity; constraints by what they constrain; index names and keys; sequences; comments.
 * Types, defaults and check expressions are left to the lead's normalizer; the DDL-agreement test pins them
 * against Hibernate's DDL text.
 *
 * @param constraintNames every constraint name of the catalog, or the names a model gives (a subset)
 */
public record CatalogLines(List<String> columns, List<String> constraints, List<String> constraintNames,
                           List<String> indexes, List<String> sequences, List<String> comments) {

    public CatalogLines {
        columns = sorted(columns);
        constraints = sorted(constraints);
        constraintNames = sorted(constraintNames);
        indexes = sorted(indexes);
        sequences = sorted(sequences);
        comments = sorted(comments);
    }

    public static CatalogLines of(TestDatabase database) {
        return new CatalogLines(database.queryColumn(sql("columns.sql")), database.queryColumn(sql("constraints.sql")),
                database.queryColumn(sql("constraint-names.sql")), database.queryColumn(sql("indexes.sql")),
                database.queryColumn(sql("sequences.sql")), database.queryColumn(sql("comments.sql")));
    }

    public static CatalogLines of(SchemaModel model) {
        List<String> columns = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        for (Table table : model.tables()) {
            String owner = table.name().toString();
            int position = 1;
            for (Column column : table.columns()) {
                columns.add(owner + " #" + position++ + " " + column.name() + (column.nullable() ? " null" : " not null")
                        + (column.identity() == Identity.NONE ? "" : " identity " + column.identity().name()
                        .toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
                if (column.comment() != null) {
                    comments.add(owner + "." + column.name() + ": " + column.comment());
                }
            }
            if (table.comment() != null) {
                comments.add(owner + ": " + table.comment());
            }
            for (Constraint constraint : table.constraints()) {
                constraints.add(owner + " " + describe(constraint));
                if (constraint.name() != null) {
                    names.add(owner + " " + constraint.name());
                }
            }
            for (Index index : table.indexes()) {
                indexes.add(owner + " " + index.name() + (index.unique() ? " unique" : "") + " ("
                        + index.keys().stream().map(CatalogLines::key).collect(Collectors.joining(", ")) + ")");
            }
        }
        List<String> sequences = model.sequences().stream()
                // An unsaid start is the database's default: 1 going up (all JPA sequences go up).
                .map(s -> s.name() + " start " + (s.start() == null ? 1 : s.start()) + " increment "
                        + s.increment()).toList();
        return new CatalogLines(columns, constraints, names, indexes, sequences, comments);
    }

    private static String describe(Constraint constraint) {
        String columns = " (" + String.join(", ", constraint.columns()) + ")";
        if (constraint instanceof PrimaryKey) {
            return "primary key" + columns;
        }
        if (constraint instanceof UniqueConstraint) {
            return "unique" + columns;
        }
        if (constraint instanceof ForeignKey key) {
            return "foreign key" + columns + " -> " + key.referencedTable() + " ("
                    + String.join(", ", key.referencedColumns()) + ") on delete " + key.onDelete().name();
        }
        return "check";
    }

    private static String key(IndexKey key) {
        return key.column() + (key.descending() ? " desc" : "");
    }

    private static String sql(String resource) {
        try (InputStream in = CatalogLines.class.getResourceAsStream("/dev/retort/scanner/catalog/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }
}
