package dev.retort.compare;

/** What about an object differs. */
public enum Aspect {
    /** The object exists on one side only. */
    PRESENCE("presence"),
    TYPE("type"),
    NULLABILITY("nullability"),
    DEFAULT("default"),
    IDENTITY("identity"),
    COMMENT("comment"),
    NAME("name"),
    ON_DELETE("on delete"),
    ON_UPDATE("on update"),
    DEFERRAL("deferral"),
    DATA_TYPE("data type"),
    START("start"),
    INCREMENT("increment"),
    MIN_VALUE("min value"),
    MAX_VALUE("max value"),
    CACHE("cache"),
    CYCLE("cycle"),
    /** An enum type's labels. */
    VALUES("labels"),
    /** Something retort cannot compare. */
    SUPPORT("support"),
    /** What another object's change means for this one. */
    DEPENDENCY("dependency");

    private final String label;

    Aspect(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
