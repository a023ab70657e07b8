package dev.retort.schema;

import java.util.Objects;

/**
 * A table column.
 *
 * @param defaultExpression the default as an SQL expression, {@code null} when there is none
 * @param comment           the column comment, {@code null} when there is none (never empty)
 */
public record Column(String name, ColumnType type, boolean nullable, String defaultExpression, Identity identity,
                     String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(identity, "identity");
        defaultExpression = Text.blankToNull(defaultExpression);
        comment = Text.emptyToNull(comment);
    }

    public static Column of(String name, String type, boolean nullable) {
        return new Column(name, ColumnType.of(type), nullable, null, Identity.NONE, null);
    }

    public Column withType(ColumnType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, comment);
    }

    public Column withDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, newComment);
    }
}
