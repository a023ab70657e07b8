package dev.retort.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.compare.RandomModels;
import dev.retort.reflect.PostgresReflector;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
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

/**
 * The normalizer creates only samples (distinct types and defaults, checks) and names constraints itself; the
 * oracle creates the whole model and lets PostgreSQL name everything. They must agree exactly.
 */
@ExtendWith(PostgresExtension.class)
class PackedNormalizationTest {

    private final PostgresReflector reflector = new PostgresReflector();

    private void assertAgrees(TestDatabase database, SchemaModel raw) throws Exception {
        assertAgrees(database, raw, "public");
    }

    private void assertAgrees(TestDatabase database, SchemaModel raw, String defaultSchema) throws Exception {
        try (Connection connection = database.connect()) {
            SchemaModel packed = new PostgresNormalizer().normalize(connection, SchemaModel.empty(), raw,
                    defaultSchema).target();
            SchemaModel full = new FullMaterialization(reflector).normalize(connection, SchemaModel.empty(), raw,
                    defaultSchema).target();
            assertThat(packed).isEqualTo(full.withSequences(unsaidAsIn(TruncatedNames.apply(raw), full.sequences())));
        }
    }

    /**
     * The oracle reads back every option of a sequence it created; normalization leaves the options the raw model
     * does not state unsaid (the comparison takes the database's), which is what is compared here.
     */
    private static List<Sequence> unsaidAsIn(SchemaModel raw, List<Sequence> created) {
        return created.stream().map(sequence -> raw.sequence(sequence.name()).map(stated -> new Sequence(
                sequence.name(), stated.dataType() == null ? null : sequence.dataType(),
                stated.start() == null ? null : sequence.start(), sequence.increment(),
                stated.minValue() == null ? null : sequence.minValue(),
                stated.maxValue() == null ? null : sequence.maxValue(),
                stated.cache() == null ? null : sequence.cache(), sequence.cycle())).orElse(sequence)).toList();
    }

    @Test
    void theShopModelNormalizesAsIfItWereCreated(TestDatabase database) throws Exception {
        assertAgrees(database, RawModels.shop());
    }

    @Test
    void quotedNamesReservedWordsAndSequenceDefaultsNormalizeAsIfCreated(TestDatabase database) throws Exception {
        Table order = new Table(QualifiedName.of("Shop Data", "order"), List.of(
                new Column("id", ColumnType.of("bigint"), false, "nextval('\"Order Seq\"')",
                        Identity.NONE, null),
                new Column("user", ColumnType.of("varchar(40)"), true, "'nobody'", Identity.NONE, null),
                new Column("Total", ColumnType.of("numeric(10,2)"), true, "0", Identity.NONE, null),
                new Column("kind", ColumnType.of("varchar(255)"), true, null, Identity.NONE, null)),
                PrimaryKey.of(null, "id"), List.of(dev.retort.schema.UniqueConstraint.of(null, "user", "Total")),
                List.of(CheckConstraint.of(null, "\"Total\" >= 0"), CheckConstraint.of(null, "kind in ('A','B')"),
                        CheckConstraint.of(null, "\"Total\" > 0 or kind is null")),
                List.of(), List.of(), null);
        SchemaModel raw = new SchemaModel(List.of("Shop Data"), List.of(order), List.of(
                dev.retort.schema.Sequence.of(QualifiedName.of("Shop Data", "Order Seq"), 100, 50)), List.of());
        assertAgrees(database, raw, "Shop Data");
    }

    @Test
    void aSequenceNamedWithItsSchemaInADefaultIsFoundBeforeTheSchemaExists(TestDatabase database) throws Exception {
        Table counter = Table.of(QualifiedName.of("Shop Data", "counter"), List.of(new Column("n", ColumnType.of("bigint"),
                false, "nextval('\"Shop Data\".\"Order Seq\"')", Identity.NONE, null)), null);
        SchemaModel raw = new SchemaModel(List.of("Shop Data"), List.of(counter), List.of(
                dev.retort.schema.Sequence.of(QualifiedName.of("Shop Data", "Order Seq"), 1, 50)), List.of());
        try (Connection connection = database.connect()) {
            SchemaModel target = new PostgresNormalizer().normalize(connection, SchemaModel.empty(), raw,
                    "public").target();
            assertThat(target.tables().get(0).columns().get(0).defaultExpression())
                    .isEqualTo("nextval('\"Shop Data\".\"Order Seq\"'::regclass)");
        }
        assertThat(database.queryColumn("SELECT count(*) FROM pg_namespace WHERE nspname = 'Shop Data'"))
                .containsExactly("0");
    }

    @Test
    void randomModelsNormalizeAsIfTheyWereCreated(TestDatabase database) throws Exception {
        for (long seed = 0; seed < 30; seed++) {
            RandomModels random = new RandomModels(seed);
            assertAgrees(database, unnamed(random.edit(random.model())));
        }
    }

    @Test
    void namesLongerThan63BytesNormalizeAsIfCreated(TestDatabase database) throws Exception {
        for (String character : List.of("a", "é", "日")) {
            assertAgrees(database, LongNameModels.model("public", character, false));
        }
    }

    @Test
    void aColumnPostgresRejectsIsReportedWithItsEntityColumn(TestDatabase database) throws Exception {
        Table broken = Table.of(QualifiedName.of("public", "invoice"), List.of(Column.of("id", "bigint", false),
                new Column("total", ColumnType.of("numbr(10,2)"), true, null, Identity.NONE, null)),
                PrimaryKey.of(null, "id"));
        SchemaModel raw = new SchemaModel(List.of("public"), List.of(broken), List.of(), List.of());
        try (Connection connection = database.connect()) {
            assertThatThrownBy(() -> new PostgresNormalizer().normalize(connection, SchemaModel.empty(), raw,
                    "public")).isInstanceOf(NormalizationException.class)
                    .hasMessageStartingWith("the entities' column public.invoice.total (type numbr(10,2)) is not valid")
                    .hasMessageContaining("type \"numbr\" does not exist");
            assertThat(connection.getAutoCommit()).isTrue();
        }
        assertThat(database.queryColumn("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'retort_scratch%'"))
                .containsExactly("0");
    }

    /** The random models name everything; the scanner's models leave keys and checks unnamed. */
    private static SchemaModel unnamed(SchemaModel model) {
        return model.withTables(model.tables().stream().map(t -> t
                .withPrimaryKey(t.primaryKey() == null ? null : new PrimaryKey(null, t.primaryKey().columns()))
                .withUniqueConstraints(t.uniqueConstraints().stream()
                        .map(u -> new dev.retort.schema.UniqueConstraint(null, u.columns())).toList())
                .withChecks(t.checks().stream().map(c -> CheckConstraint.of(null, c.expression())).toList()))
                .toList());
    }
}
