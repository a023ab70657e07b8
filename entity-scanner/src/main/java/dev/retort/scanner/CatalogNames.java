package dev.retort.scanner;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedTableName;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

import dev.retort.schema.QualifiedName;

/**
 * Hibernate's names as PostgreSQL's catalog will store them. A quoted identifier (double quotes, backticks,
 * globally quoted, or a keyword Hibernate auto-quoted) keeps its text; an unquoted one is folded the way
 * PostgreSQL folds it: ASCII letters to lower case, everything else left alone. A table without a schema lives in
 * Hibernate's default schema, else in {@code public}.
 */
final class CatalogNames {

    static final String DEFAULT_SCHEMA = "public";

    private final Dialect dialect;
    private final SqlStringGenerationContext context;

    CatalogNames(Dialect dialect, SqlStringGenerationContext context) {
        this.dialect = dialect;
        this.context = context;
    }

    Dialect dialect() {
        return dialect;
    }

    QualifiedName table(Table table) {
        QualifiedTableName name = table.getQualifiedTableName();
        return qualified(name.getSchemaName(), name.getTableName());
    }

    /** The table's name as Hibernate's DDL writes it, qualified by the default schema if it has one. */
    String formatted(Table table) {
        return context.format(table.getQualifiedTableName());
    }

    QualifiedName qualified(Identifier schema, Identifier name) {
        Identifier effectiveSchema = context.schemaWithDefault(schema);
        return new QualifiedName(effectiveSchema == null ? DEFAULT_SCHEMA : of(effectiveSchema), of(name));
    }

    String column(Column column) {
        return rendered(column.getQuotedName(dialect));
    }

    String of(Identifier identifier) {
        return identifier.isQuoted() ? identifier.getText() : fold(identifier.getText());
    }

    /**
     * A name as Hibernate writes it into DDL (constraint and index names are plain strings): quoted text keeps
     * its case, anything else folds.
     */
    String rendered(String name) {
        String text = name.strip();
        if (text.length() >= 2 && (text.charAt(0) == dialect.openQuote() && text.endsWith(String.valueOf(dialect.closeQuote()))
                || text.charAt(0) == '`' && text.endsWith("`"))) {
            String inner = text.substring(1, text.length() - 1);
            return text.charAt(0) == '"' ? inner.replace("\"\"", "\"") : inner;
        }
        return fold(text);
    }

    /** Whether Hibernate writes this identifier unquoted, so that PostgreSQL folds (and parses) it. */
    boolean isUnquoted(String rendered) {
        String text = rendered.strip();
        return !text.isEmpty() && text.charAt(0) != dialect.openQuote() && text.charAt(0) != '`';
    }

    /** PostgreSQL's downcase_identifier: only ASCII A-Z change. */
    static String fold(String identifier) {
        StringBuilder folded = new StringBuilder(identifier.length());
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return folded.toString();
    }
}
