package dev.retort.scanner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Table;

/**
 * Finds table and column names that PostgreSQL cannot parse unquoted but Hibernate writes unquoted: the schema
 * retort creates quotes them and works, but Hibernate's own SQL against it would fail. The word list is
 * PostgreSQL 15's, in a resource checked against the server by a test.
 */
final class ReservedWords {

    private static final Set<String> WORDS = load();

    private ReservedWords() {
    }

    static boolean isReserved(String word) {
        return WORDS.contains(word);
    }

    static void warn(Metadata metadata, CatalogNames names, List<String> warnings) {
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (!table.isPhysicalTable()) {
                    continue;
                }
                String tableName = table.getQualifiedTableName().getTableName().render(names.dialect());
                if (names.isUnquoted(tableName) && isReserved(CatalogNames.fold(tableName))) {
                    warnings.add(message("table " + names.table(table), CatalogNames.fold(tableName),
                            "@Table(name = \"\\\"" + CatalogNames.fold(tableName) + "\\\"\")"));
                }
                for (org.hibernate.mapping.Column column : table.getColumns()) {
                    String columnName = column.getQuotedName(names.dialect());
                    if (names.isUnquoted(columnName) && isReserved(CatalogNames.fold(columnName))) {
                        warnings.add(message("column " + names.table(table) + "." + names.column(column),
                                CatalogNames.fold(columnName),
                                "@Column(name = \"\\\"" + CatalogNames.fold(columnName) + "\\\"\")"));
                    }
                }
            }
        }
    }

    /**
     * The advice keeps the name the database has: quoted in lower case it is the same table or column, where
     * {@code hibernate.auto_quote_keyword=true} would quote the mapping's spelling ({@code "Order"}) and so name
     * another table on a database that has one already.
     */
    private static String message(String what, String word, String quoted) {
        return what + " is named with the PostgreSQL reserved word " + word + ", which Hibernate writes unquoted: "
                + "Hibernate's SQL will fail on it; quote it in the mapping in lower case, " + quoted
                + ", which keeps the same name";
    }

    private static Set<String> load() {
        try (InputStream in = ReservedWords.class.getResourceAsStream("postgresql-reserved-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("postgresql-reserved-words.txt is missing from retort's jar");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
