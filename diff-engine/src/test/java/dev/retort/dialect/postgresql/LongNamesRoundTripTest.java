package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.LongNameModels.name;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.compare.ComparePolicy;
import dev.retort.compare.ModelsForTests;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PostgreSQL keeps the first 63 bytes of every identifier (cut on a character boundary): the entities' names are
 * cut the same way during normalization, so that a model with names of 63, 64 and 100 bytes (ASCII, 2-byte and
 * 3-byte characters) converges after its upgrade, and its downgrade restores the catalog exactly; names that
 * become one are an error naming both.
 */
@ExtendWith(PostgresExtension.class)
class LongNamesRoundTripTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a", "é", "日"})
    void namesOf63And64And100BytesConvergeAndTheDowngradeRestoresTheCatalogExactly(String character,
                                                                                 TestDatabase database)
            throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        SchemaModel raw = LongNameModels.model("public", character, true);

        roundTrip.migrate(SchemaModel.empty("public"), raw);

        roundTrip.establish(raw);
        List<String> relations = database.queryColumn("SELECT relname FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = 'public' ORDER BY relname");
        for (int size : LongNameModels.SIZES) {
            for (char kind : new char[] {'p', 't', 's', 'i', 'k'}) {
                assertThat(relations).contains(serverCut(database, name(kind, size, character)));
            }
        }
        assertThat(database.queryColumn("SELECT attname FROM pg_attribute WHERE attnum > 0 AND attrelid = "
                + "'public." + PostgresIdentifiers.quote(serverCut(database, name('t', 100, character)))
                + "'::regclass")).contains(serverCut(database, name('c', 100, character)),
                serverCut(database, name('m', 100, character)));
    }

    @Test
    void aSchemaNamedWith100BytesConverges(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        String schema = name('n', 100, "é");

        roundTrip.migrate(SchemaModel.empty("public"), LongNameModels.model(schema, "a", false));
    }

    @Test
    void anEnumTypeNamedWith100BytesGainsAndLosesLabelsAndIsRestoredByTheDowngrade(TestDatabase database)
            throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        SchemaModel base = feelings("happy", "sad");
        roundTrip.establish(base);

        // the normalizer sets the live type aside to sample the new label; the downgrade recreates the type
        roundTrip.migrate(base, feelings("happy", "meh", "sad"));
        // the upgrade recreates the type, its old self set aside
        roundTrip.migrate(base, feelings("sad", "happy"));
    }

    /** A table with a column of an enum type whose name is 100 bytes long, as the scanner writes them. */
    private static SchemaModel feelings(String... labels) {
        QualifiedName type = QualifiedName.of("public", name('e', 100, "a"));
        Table diary = Table.of(QualifiedName.of("public", "diary"), List.of(Column.of("id", "bigint", false),
                new Column("today", ColumnType.of(PostgresIdentifiers.qualified(type)), false, "'happy'",
                        Identity.NONE, null)), PrimaryKey.of(null, "id"));
        return new SchemaModel(List.of("public"), List.of(diary), List.of(), List.of(),
                List.of(new EnumType(type, List.of(labels))), List.of());
    }

    @Test
    void theNormalizedModelHoldsTheNamesThePostgresServerKeeps(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        SchemaModel target = roundTrip.normalize(LongNameModels.model("public", "日", true));

        Table table = target.table(QualifiedName.of("public", serverCut(database, name('t', 64, "日"))))
                .orElseThrow();
        assertThat(table.columns()).extracting(Column::name).containsExactly(
                serverCut(database, name('c', 64, "日")), serverCut(database, name('d', 64, "日")),
                serverCut(database, name('r', 64, "日")), serverCut(database, name('m', 64, "日")));
        assertThat(table.foreignKeys().get(0).referencedTable().name())
                .isEqualTo(serverCut(database, name('p', 64, "日")));
        assertThat(table.foreignKeys().get(0).referencedColumns())
                .containsExactly(serverCut(database, name('q', 64, "日")));
        assertThat(table.indexes()).extracting(Index::name).containsExactly(serverCut(database, name('i', 64, "日")));
        assertThat(target.sequences()).extracting(s -> s.name().name())
                .contains(serverCut(database, name('s', 100, "日")));
    }

    @Test
    void twoTablesThatBecomeOneNameAreAnErrorNamingBoth(TestDatabase database) throws Exception {
        String first = "orders_" + "x".repeat(56) + "_by_customer";
        String second = "orders_" + "x".repeat(56) + "_by_day";
        SchemaModel raw = new SchemaModel(List.of("public"), List.of(table(first), table(second)), List.of(),
                List.of());

        assertThatThrownBy(() -> normalize(database, raw)).isInstanceOf(NormalizationException.class)
                .hasMessage("the entities' tables public." + first + " and public." + second + " both become public."
                        + "orders_" + "x".repeat(56) + " in PostgreSQL, which keeps 63 bytes of a name: shorten one"
                        + " with @Table(name = ...)");
    }

    @Test
    void aTableAndASequenceThatBecomeOneNameAreAnErrorNamingBoth(TestDatabase database) throws Exception {
        String entity = "customer_loyalty_programme_membership_tier_assignment_history_entry";
        SchemaModel raw = new SchemaModel(List.of("public"), List.of(table(entity)),
                List.of(Sequence.of(QualifiedName.of("public", entity + "_seq"), 1, 50)), List.of());

        assertThatThrownBy(() -> normalize(database, raw)).isInstanceOf(NormalizationException.class)
                .hasMessageStartingWith("the entities' table public." + entity + " and sequence public." + entity
                        + "_seq both become public." + entity.substring(0, 63) + " in PostgreSQL");
    }

    @Test
    void twoColumnsOrTwoIndexesOfATableThatBecomeOneNameAreAnErrorNamingBoth(TestDatabase database) {
        String column = "é".repeat(32);
        Table columns = Table.of(QualifiedName.of("public", "wide"), List.of(Column.of("id", "bigint", false),
                Column.of(column + "a", "integer", true), Column.of(column + "b", "integer", true)),
                PrimaryKey.of(null, "id"));
        assertThatThrownBy(() -> normalize(database, model(columns))).isInstanceOf(NormalizationException.class)
                .hasMessageStartingWith("the entities' columns public.wide." + column + "a and public.wide." + column
                        + "b both become public.wide." + "é".repeat(31) + " in PostgreSQL");

        String index = "idx_" + "日".repeat(20);
        Table indexes = table("indexed").withIndexes(List.of(Index.of(index + "_a", false, "id"),
                Index.of(index + "_b", true, "id")));
        assertThatThrownBy(() -> normalize(database, model(indexes))).isInstanceOf(NormalizationException.class)
                .hasMessageStartingWith("the entities' indexes public." + index + "_a and public." + index
                        + "_b both become public." + PostgresNames.truncated(index + "_a") + " in PostgreSQL");
    }

    private static Table table(String name) {
        return Table.of(QualifiedName.of("public", name), List.of(Column.of("id", "bigint", false)),
                PrimaryKey.of(null, "id"));
    }

    private static SchemaModel model(Table table) {
        return new SchemaModel(List.of("public"), List.of(table), List.of(), List.of());
    }

    private static SchemaModel normalize(TestDatabase database, SchemaModel raw) throws Exception {
        try (Connection connection = database.connect()) {
            return new PostgresNormalizer().normalize(connection, SchemaModel.empty(), raw, "public").target();
        }
    }

    /** The name as the server keeps it: text cast to {@code name} is cut as an identifier is. */
    private static String serverCut(TestDatabase database, String name) {
        return database.queryColumn("SELECT " + PostgresIdentifiers.literal(name) + "::name").get(0);
    }
}
