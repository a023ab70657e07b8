package dev.retort.compare;

/** How reports about objects the entities do not describe read. */
final class Unmapped {

    private Unmapped() {
    }

    static String reason(UnmappedKind kind, UnmappedAction action) {
        String key = kind.configKey();
        return switch (action) {
            case REPORT -> "not described by the entities; left in place (" + key + "=report). Set " + key
                    + "=" + (kind == UnmappedKind.VIEW ? "ignore" : "drop or ignore")
                    + ", or list it in retort.ignore";
            case DROP -> "not described by the entities; dropped because " + key + "=drop";
            case IGNORE -> "ignored";
        };
    }
}
