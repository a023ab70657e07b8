package dev.retort.cli;

import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.TestDatabase;
import java.util.List;

/**
 * {@link CatalogSnapshot} of the user schemas without the version table's primary-key index, which the snapshot
 * lists as a relation of its own although it leaves out the version table itself. Everything else is kept.
 */
final class Catalog {

    private Catalog() {
    }

    static List<String> of(TestDatabase database) {
        return CatalogSnapshot.of(database).stream()
                .filter(fact -> !fact.equals("relation public.retort_version_pkey kind=i"))
                .toList();
    }
}
