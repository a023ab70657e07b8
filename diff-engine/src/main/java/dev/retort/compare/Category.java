package dev.retort.compare;

/**
 * What kind of difference this is, in words a configuration can name. Every difference has one, and
 * {@code check} prints it, so that a team can state its intent per kind (and per object name):
 * {@code retort.column.type.wider=ignore}, {@code retort.index.extra@public.audit_*=ignore}.
 *
 * <p>Only objects and defaults the entities do not describe are reported rather than turned into SQL by default;
 * everything else the entities say is applied.
 */
public enum Category {
    SCHEMA_MISSING("schema.missing", Action.APPLY),
    /** A schema the entities do not use (the default schema and {@code public} are never reported). */
    SCHEMA_EXTRA("schema.extra", Action.REPORT),
    TABLE_MISSING("table.missing", Action.APPLY),
    TABLE_EXTRA("table.extra", Action.REPORT),
    TABLE_COMMENT("table.comment", Action.APPLY),
    COLUMN_MISSING("column.missing", Action.APPLY),
    COLUMN_EXTRA("column.extra", Action.APPLY),
    COLUMN_TYPE("column.type", Action.APPLY),
    /** The database's type holds every value the entities' type does, and more (varchar(500) for varchar(255)). */
    COLUMN_TYPE_WIDER("column.type.wider", Action.APPLY),
    COLUMN_NULLABILITY("column.nullability", Action.APPLY),
    /** The database says NOT NULL where the entities allow NULL. */
    COLUMN_NULLABILITY_STRICTER("column.nullability.stricter", Action.APPLY),
    COLUMN_DEFAULT("column.default", Action.APPLY),
    COLUMN_DEFAULT_MISSING("column.default.missing", Action.APPLY),
    /** The database has a default the entities do not declare. */
    COLUMN_DEFAULT_EXTRA("column.default.extra", Action.REPORT),
    COLUMN_IDENTITY("column.identity", Action.APPLY),
    COLUMN_COMMENT("column.comment", Action.APPLY),
    CONSTRAINT_MISSING("constraint.missing", Action.APPLY),
    CONSTRAINT_EXTRA("constraint.extra", Action.APPLY),
    CONSTRAINT_NAME("constraint.name", Action.APPLY),
    FOREIGN_KEY_RULES("foreign-key.rules", Action.APPLY),
    INDEX_MISSING("index.missing", Action.APPLY),
    INDEX_EXTRA("index.extra", Action.REPORT),
    INDEX_NAME("index.name", Action.APPLY),
    SEQUENCE_MISSING("sequence.missing", Action.APPLY),
    SEQUENCE_EXTRA("sequence.extra", Action.REPORT),
    SEQUENCE_OPTIONS("sequence.options", Action.APPLY),
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
