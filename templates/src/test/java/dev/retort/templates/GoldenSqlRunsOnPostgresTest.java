package dev.retort.templates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.ReferenceCatalog;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each golden revision file, as the file holds it, is PostgreSQL that does what its document says: on a database at
 * the parent revision its upgrade section gives the catalog that the document's own statements give on an empty
 * one ({@link ReferenceCatalog}), its downgrade section the catalog the document's downgrade statements give, and
 * where the document undoes the upgrade, the downgrade brings back the parent's catalog. The sections go to
 * PostgreSQL whole (the driver splits them), not through retort's statement splitter, and the catalogs are
 * compared by {@link CatalogSnapshot}.
 */
@ExtendWith(PostgresExtension.class)
class GoldenSqlRunsOnPostgresTest {

    /** A golden file, the document it renders, and the document of its parent revision ({@code null}: none). */
    record Golden(String file, RevisionDocument document, RevisionDocument parent) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Golden> goldens() {
        return Stream.of(new Golden("first_empty.sql", GoldenDocuments.firstEmpty(), null),
                new Golden("add_orders.sql", GoldenDocuments.addOrders(), GoldenDocuments.firstEmpty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void theGoldenUpgradeAndDowngradeDoWhatTheirDocumentsStatementsDo(Golden golden, TestDatabase database)
            throws SQLException {
        GoldenFile file = GoldenFile.read(golden.file());
        List<String> parent = golden.parent() == null ? List.of() : sql(golden.parent().upgrade());
        run(database, String.join(";\n", parent));
        List<String> parentCatalog = CatalogSnapshot.of(database);
        List<String> upgraded = new ArrayList<>(parent);
        upgraded.addAll(sql(golden.document().upgrade()));
        List<String> downgraded = new ArrayList<>(upgraded);
        downgraded.addAll(sql(golden.document().downgrade()));

        run(database, file.upgrade());
        assertThat(CatalogSnapshot.of(database)).as("catalog after the upgrade of %s", golden.file())
                .isEqualTo(ReferenceCatalog.of(upgraded, List.of())).isNotEqualTo(parentCatalog);

        run(database, file.downgrade());
        assertThat(CatalogSnapshot.of(database)).as("catalog after the downgrade of %s", golden.file())
                .isEqualTo(ReferenceCatalog.of(downgraded, List.of()));
    }

    /** The goldens whose document has a downgrade (the first revision keeps its schema on the way down). */
    static Stream<Golden> undoingGoldens() {
        return goldens().filter(golden -> !golden.document().downgrade().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undoingGoldens")
    void aGoldenWhoseDocumentUndoesItsUpgradeDowngradesToItsParentsCatalog(Golden golden, TestDatabase database)
            throws SQLException {
        GoldenFile file = GoldenFile.read(golden.file());
        run(database, String.join(";\n", sql(golden.parent().upgrade())));
        List<String> parent = CatalogSnapshot.of(database);

        run(database, file.upgrade());
        run(database, file.downgrade());

        assertThat(CatalogSnapshot.of(database)).as("catalog after the downgrade of %s", golden.file())
                .isEqualTo(parent);
    }

    private static List<String> sql(List<ScriptStatement> statements) {
        return statements.stream().map(ScriptStatement::sql).toList();
    }

    private static void run(TestDatabase database, String script) throws SQLException {
        if (script.isBlank()) {
            return;
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(script);
        }
    }
}
