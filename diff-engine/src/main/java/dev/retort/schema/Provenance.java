package dev.retort.schema;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where the objects of a target model come from, in the user's words: the entity of a table
 * ({@code entity dev.shop.Order}), the field of a column ({@code dev.shop.Order.customer}), the generator of a
 * sequence. Kept apart from {@link SchemaModel} so that origins never take part in a comparison.
 */
public record Provenance(Map<ObjectPath, String> origins) {

    public Provenance {
        origins = Map.copyOf(origins);
    }

    public static Provenance none() {
        return new Provenance(Map.of());
    }

    /** The origin of the object, or of the table/column it belongs to. */
    public Optional<String> originOf(ObjectPath path) {
        String direct = origins.get(path);
        if (direct != null) {
            return Optional.of(direct);
        }
        return Optional.ofNullable(origins.get(path.ownerPath()));
    }

    /** The origin of a column, falling back to its table's. */
    public Optional<String> originOfColumn(QualifiedName table, String column) {
        return originOf(ObjectPath.column(table, column));
    }

    public Provenance merge(Provenance other) {
        Map<ObjectPath, String> merged = new TreeMap<>(origins);
        merged.putAll(other.origins);
        return new Provenance(merged);
    }
}
