package dev.retort.compare;

/**
 * What kind of difference this is, in words a configuration can name. Every difference has one, and
 * {@code check} prints it, so that a team can state its intent per kind (and per object name):
 * {@code retort.column.type.wider=ignore}, {@code retort.index.extra@public.audit_*=ignore}.
 *
 * <p>The default action is for a database the revision history cannot explain (see {@link Cause}): then only what
 * the entities positively say is applied, and what the database holds beyond them (a wider type, a stricter NOT
 * NULL, a constraint, rule, column or default of its own) is reported, never undone. With a history, what the
 * developer changed is applied whatever its kind.
 */
public enum Category {
    SCHEMA_MISSING("schema.missing", Action.APPLY),
    /** A schema the entities do not use (the default schema and {@code public} are never reported). */
    SCHEMA_EXTRA("schema.extra", Action.REPORT),
    TABLE_MISSING("table.missing", Action.APPLY),
    TABLE_EXTRA("table.extra", Action.REPORT),
    /** A table the developer declared renamed ({@code --rename}); never found without that word. */
    TABLE_NAME("table.name", Action.APPLY),
    TABLE_COMMENT("table.comment", Action.APPLY),
    /** The database has a table comment and the entities declare none. */
    TABLE_COMMENT_EXTRA("table.comment.extra", Action.REPORT),
    COLUMN_MISSING("column.missing", Action.APPLY),
    COLUMN_EXTRA("column.extra", Action.REPORT),
    /** A column the developer declared renamed ({@code --rename}). */
    COLUMN_NAME("column.name", Action.APPLY),
    COLUMN_TYPE("column.type", Action.APPLY),
    /** The database's type holds every value the entities' type does, and more (varchar(500) for varchar(255)). */
    COLUMN_TYPE_WIDER("column.type.wider", Action.REPORT),
    COLUMN_NULLABILITY("column.nullability", Action.APPLY),
    /** The database says NOT NULL where the entities allow NULL. */
    COLUMN_NULLABILITY_STRICTER("column.nullability.stricter", Action.REPORT),
    COLUMN_DEFAULT("column.default", Action.APPLY),
    COLUMN_DEFAULT_MISSING("column.default.missing", Action.APPLY),
    /** The database has a default the entities do not declare. */
    COLUMN_DEFAULT_EXTRA("column.default.extra", Action.REPORT),
    COLUMN_IDENTITY("column.identity", Action.APPLY),
    COLUMN_COMMENT("column.comment", Action.APPLY),
    /** The database has a column comment and the entities declare none. */
    COLUMN_COMMENT_EXTRA("column.comment.extra", Action.REPORT),
    CONSTRAINT_MISSING("constraint.missing", Action.APPLY),
    CONSTRAINT_EXTRA("constraint.extra", Action.REPORT),
    CONSTRAINT_NAME("constraint.name", Action.APPLY),
    /** The entities declare a rule (ON DELETE ...) the database's foreign key does not have. */
    FOREIGN_KEY_RULES("foreign-key.rules", Action.APPLY),
    /** The database's foreign key has a rule or deferral the entities leave at the default. */
    FOREIGN_KEY_RULES_EXTRA("foreign-key.rules.extra", Action.REPORT),
    INDEX_MISSING("index.missing", Action.APPLY),
    INDEX_EXTRA("index.extra", Action.REPORT),
    INDEX_NAME("index.name", Action.APPLY),
    SEQUENCE_MISSING("sequence.missing", Action.APPLY),
    SEQUENCE_EXTRA("sequence.extra", Action.REPORT),
    SEQUENCE_OPTIONS("sequence.options", Action.APPLY),
    /** A sequence named after a table the developer declared renamed, renamed with it (a new one would restart). */
    SEQUENCE_NAME("sequence.name", Action.APPLY),
    ENUM_TYPE_MISSING("enum-type.missing", Action.APPLY),
    ENUM_TYPE_EXTRA("enum-type.extra", Action.REPORT),
    ENUM_TYPE_VALUES("enum-type.values", Action.APPLY),
    VIEW_EXTRA("view.extra", Action.REPORT),
    /** Something the database has that retort cannot compare (yet); reported so that nothing is skipped silently. */
    UNSUPPORTED("unsupported", Action.REPORT);

    /** What becomes of a difference. */
    public enum Action {
        /** Turned into an operation in the revision. */
        APPLY,
        /** Listed in the revision and by {@code check} (which then fails); no SQL. */
        REPORT,
        /** Neither: the team has said it is expected. */
        IGNORE
    }

    private final String key;
    private final Action defaultAction;

    Category(String key, Action defaultAction) {
        this.key = key;
        this.defaultAction = defaultAction;
    }

    /** The name configurations use: {@code retort.<key>=apply|report|ignore}. */
    public String key() {
        return key;
    }

    public Action defaultAction() {
        return defaultAction;
    }

    /** Whether the action may be APPLY: views are never created or dropped by retort, nor unsupported objects. */
    public boolean canApply() {
        return this != VIEW_EXTRA && this != UNSUPPORTED;
    }

    public static Category byKey(String key) {
        for (Category category : values()) {
            if (category.key.equals(key)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown difference kind '" + key + "'");
    }
}
