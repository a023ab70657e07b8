package dev.retort.compare;

import dev.retort.schema.QualifiedName;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the comparison does with objects the entities do not describe, and which objects it leaves out
 * altogether (like Alembic's {@code include_object}). An ignored name is invisible on both sides.
 */
public record ComparePolicy(Map<UnmappedKind, UnmappedAction> unmapped, List<NamePattern> ignored) {

    public ComparePolicy {
        Map<UnmappedKind, UnmappedAction> complete = new EnumMap<>(UnmappedKind.class);
        for (UnmappedKind kind : UnmappedKind.values()) {
            complete.put(kind, unmapped.getOrDefault(kind, UnmappedAction.REPORT));
        }
        if (complete.get(UnmappedKind.VIEW) == UnmappedAction.DROP) {
            throw new IllegalArgumentException("views can be reported or ignored, not dropped");
        }
        unmapped = Map.copyOf(complete);
        ignored = List.copyOf(ignored);
    }

    /** Report everything the entities do not describe, drop nothing, ignore nothing. */
    public static ComparePolicy defaults() {
        return new ComparePolicy(Map.of(), List.of());
    }

    public UnmappedAction actionFor(UnmappedKind kind) {
        return unmapped.get(kind);
    }

    public boolean ignores(QualifiedName name) {
        return ignored.stream().anyMatch(p -> p.matches(name));
    }

    public ComparePolicy with(UnmappedKind kind, UnmappedAction action) {
        Map<UnmappedKind, UnmappedAction> copy = new EnumMap<>(unmapped);
        copy.put(kind, action);
        return new ComparePolicy(copy, ignored);
    }
}
