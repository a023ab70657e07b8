package dev.retort.compare;

/** Objects a database can have that the entities do not describe. */
public enum UnmappedKind {
    TABLE("retort.unmapped.tables"),
    INDEX("retort.unmapped.indexes"),
    SEQUENCE("retort.unmapped.sequences"),
    VIEW("retort.unmapped.views");

    private final String configKey;

    UnmappedKind(String configKey) {
        this.configKey = configKey;
    }

    /** The configuration key that sets the action for this kind. */
    public String configKey() {
        return configKey;
    }
}
