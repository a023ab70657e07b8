package dev.retort.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.compare.Change;
import dev.retort.compare.ModelsForTests;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Native PostgreSQL enum types: created, extended in place, recreated when labels go, dropped; exactly reversed. */
@ExtendWith(PostgresExtension.class)
class EnumTypeRoundTripTest {

    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");

    /** A table with a column of the type (with a default) and an array of it, as the scanner writes them. */
    private static SchemaModel withMood(String... labels) {
        Table diary = Table.of(QualifiedName.of("public", "diary"), List.of(
                new Column("id", ColumnType.of("bigint"), false, null, Identity.NONE, null),
                new Column("today", ColumnType.of("mood"), false, "'" + labels[0] + "'", Identity.NONE, null),
                new Column("history", ColumnType.of("mood[]"), true, null, Identity.NONE, null)),
                PrimaryKey.of(null, "id"));
        return new SchemaModel(List.of("public"), List.of(diary), List.of(), List.of(),
                List.of(new EnumType(MOOD, List.of(labels))), List.of());
    }

    private static List<Operation> operations(MigrationPlan plan) {
        return plan.upgrade().stream().map(Change::operation).toList();
    }

    @Test
    void anEnumTypeIsCreatedBeforeItsColumnsAndDroppedAfterThem(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        MigrationPlan plan = roundTrip.migrate(SchemaModel.empty("public"), withMood("happy", "sad"));
        assertThat(operations(plan)).extracting(op -> (Class) op.getClass())
                .containsExactly(CreateEnumType.class, CreateTable.class);
        assertThat(operations(new MigrationPlan(plan.downgrade()))).extracting(op -> (Class) op.getClass())
                .containsExactly(DropTable.class, DropEnumType.class);
    }

    @Test
    void labelsAddedAnywhereAreAddedInPlaceAndTheDowngradeRecreatesTheType(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        SchemaModel base = withMood("happy", "sad");
        roundTrip.establish(base);
        database.execute("INSERT INTO public.diary VALUES (1, 'sad', ARRAY['happy','sad']::mood[])");

        MigrationPlan plan = roundTrip.migrate(base, withMood("happy", "content", "sad", "angry"));

        AlterEnumType alter = (AlterEnumType) operations(plan).get(0);
        assertThat(alter.onlyAddsLabels()).isTrue();
        assertThat(PostgresRenderer.render(alter)).containsExactly(
                "ALTER TYPE public.mood ADD VALUE 'content' BEFORE 'sad'",
                "ALTER TYPE public.mood ADD VALUE 'angry' AFTER 'sad'");
        assertThat(alter.reverse().destructive()).isTrue();
        assertThat(database.queryColumn("SELECT today || ' ' || history::text FROM public.diary"))
                .containsExactly("sad {happy,sad}");
    }

    @Test
    void removingALabelRecreatesTheTypeAndConvertsItsColumns(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        SchemaModel base = withMood("happy", "meh", "sad");
        roundTrip.establish(base);
        database.execute("INSERT INTO public.diary VALUES (1, 'sad', ARRAY['happy']::mood[])");

        MigrationPlan plan = roundTrip.migrate(base, withMood("happy", "sad"));

        AlterEnumType alter = (AlterEnumType) operations(plan).get(0);
        assertThat(alter.onlyAddsLabels()).isFalse();
        assertThat(alter.destructive()).isTrue();
        assertThat(PostgresRenderer.render(alter)).startsWith("ALTER TYPE public.mood RENAME TO mood__retort_old",
                "CREATE TYPE public.mood AS ENUM ('happy', 'sad')").endsWith("DROP TYPE public.mood__retort_old");
        assertThat(database.queryColumn("SELECT today || ' ' || history::text FROM public.diary"))
                .containsExactly("sad {happy}");
    }
    @Test
    void aColumnLeavesTheTypeBeforeTheTypeIsRecreatedAndJoinsItAfter(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        SchemaModel base = withMood("happy", "sad");
        roundTrip.establish(base);

        // The labels are reordered (the type is recreated, its old self dropped) while "today" becomes text: the
        // column must leave the type first, else the old type cannot be dropped. The downgrade does the reverse.
        SchemaModel reordered = withMood("sad", "happy");
        MigrationPlan plan = roundTrip.migrate(base, RawModels.withTable(reordered, "diary",
                t -> t.withColumn("today", c -> c.withType(ColumnType.of("text")).withDefault(null))));

        assertThat(operations(plan)).extracting(op -> (Class) op.getClass())
                .containsExactly(AlterColumn.class, AlterEnumType.class);
    }

    @Test
    void aDefaultNamingALabelAddedInTheSameRevisionIsSaidWhenWrittenAndRefusedByPostgres(TestDatabase database)
            throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        roundTrip.establish(withMood("sad"));
        // "happy" is added in place and becomes the default of diary.today: one transaction cannot do both
        MigrationPlan plan = MigrationPlan.of(roundTrip.compareWithDatabase(withMood("happy", "sad")));

        assertThat(EnumLabelHazards.in(operations(plan), "the upgrade")).singleElement().asString()
                .startsWith("the upgrade adds label 'happy' to type public.mood and sets the default of column"
                        + " public.diary.today to it in the same transaction, which PostgreSQL refuses");
        assertThatThrownBy(() -> roundTrip.execute(plan.upgrade())).hasMessageContaining("unsafe use of new value");
        assertThat(EnumLabelHazards.in(operations(new MigrationPlan(plan.downgrade())), "the downgrade")).isEmpty();
    }

    @Test
    void aDefaultNamingALabelTheTypeLosesIsSaidWhenWrittenAndRefusedByPostgres(TestDatabase database)
            throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        roundTrip.establish(withMood("angry", "sad"));
        // "angry" goes (the type is recreated) while the default moves from it to "sad"
        MigrationPlan plan = MigrationPlan.of(roundTrip.compareWithDatabase(withMood("sad")));

        assertThat(EnumLabelHazards.in(operations(plan), "the upgrade")).singleElement().asString()
                .startsWith("the upgrade recreates type public.mood without label 'angry', which the default of"
                        + " column public.diary.today still names");
        assertThatThrownBy(() -> roundTrip.execute(plan.upgrade()))
                .hasMessageContaining("invalid input value for enum mood: \"angry\"");
    }

    @Test
    void labelsAndDefaultsThatPostgresAcceptsInOneTransactionAreNotFlagged(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ModelsForTests.applyingEverything());
        roundTrip.establish(withMood("happy", "sad"));
        // a label added at the end; the default stays on an old label
        MigrationPlan plan = roundTrip.migrate(withMood("happy", "sad"), withMood("happy", "sad", "content"));

        assertThat(EnumLabelHazards.in(operations(plan), "the upgrade")).isEmpty();
        assertThat(EnumLabelHazards.in(operations(new MigrationPlan(plan.downgrade())), "the downgrade")).isEmpty();
    }
}
