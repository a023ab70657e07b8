package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.RawModels.column;
import static dev.retort.dialect.postgresql.RawModels.withTable;
import static dev.retort.dialect.postgresql.RoundTrip.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category;
import dev.retort.compare.Category.Action;
import dev.retort.compare.Change;
import dev.retort.compare.ComparePolicy;
import dev.retort.compare.Comparison;
import dev.retort.compare.Difference;
import dev.retort.compare.NamePattern;
import dev.retort.compare.PolicyRule;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL drops with a column every index and constraint that uses it, and refuses to drop a column or a table
 * that another table's foreign key references. Retort says so: each of them is dropped by its own operation before
 * the column or the table, whatever the policy says about the object itself, and the downgrade creates each again,
 * so that the catalog comes back exactly.
 */
@ExtendWith(PostgresExtension.class)
class DroppedAlongRoundTripTest {

    /** What the database has beside the entities, on item's code column and around it. */
    private static final String[] DATABASE_ONLY = {
            "CREATE INDEX item_cheap ON public.item (price) WHERE code IS NOT NULL",
            "CREATE INDEX item_code_abs ON public.item (abs(code))",
            "CREATE INDEX item_positive ON public.item (price) WHERE qty > 0",
            "ALTER TABLE public.stock ADD CONSTRAINT stock_item FOREIGN KEY (item_code, item_region)"
                    + " REFERENCES public.item (code, region)",
            "CREATE TABLE public.shipment (id bigint PRIMARY KEY, item_code bigint, item_region integer,"
                    + " CONSTRAINT shipment_item FOREIGN KEY (item_code, item_region) REFERENCES public.item (code, region))",
            "INSERT INTO public.parent VALUES (1), (2)",
            "INSERT INTO public.item VALUES (1, 1, 10, 3, 9.50, 'one'), (2, 2, 10, 0, 1.00, 'two')",
            // Rows referring to a code would keep the downgrade from adding the keys again: the codes are gone.
            "INSERT INTO public.stock VALUES (1, NULL, 10)",
            "INSERT INTO public.shipment VALUES (1, NULL, 10)"};

    /** item, whose code column has an index, a two-column unique key, a two-column check and a foreign key. */
    private static SchemaModel items() {
        Table parent = Table.of(name("parent"), List.of(column("id", "bigint", false)), PrimaryKey.of(null, "id"));
        Table item = new Table(name("item"), List.of(column("id", "bigint", false), column("code", "bigint", true),
                column("region", "integer", true), column("qty", "integer", true),
                column("price", "numeric(10,2)", true), column("name", "varchar(40)", true)),
                PrimaryKey.of(null, "id"), List.of(UniqueConstraint.of(null, "code", "region")),
                List.of(CheckConstraint.of(null, "code <> qty"), CheckConstraint.of(null, "qty >= 0")),
                List.of(ForeignKey.of("item_code_fk", List.of("code"), name("parent"), List.of("id"))),
                List.of(Index.of("item_code_idx", false, "code"), Index.of("item_name_idx", false, "name")), null);
        Table stock = Table.of(name("stock"), List.of(column("id", "bigint", false),
                column("item_code", "bigint", true), column("item_region", "integer", true)), PrimaryKey.of(null, "id"));
        return new SchemaModel(List.of("public"), List.of(parent, item, stock), List.of(), List.of());
    }

    private static SchemaModel withoutCode(SchemaModel model) {
        return withTable(model, "item", t -> t.withColumns(t.columns().stream()
                        .filter(c -> !c.name().equals("code")).toList())
                .withUniqueConstraints(List.of()).withForeignKeys(List.of())
                .withChecks(t.checks().stream().filter(c -> !c.expression().contains("code")).toList())
                .withIndexes(List.of(Index.of("item_name_idx", false, "name"))));
    }

    /** The database's own indexes and tables are the DBA's business here: retort is told to leave them alone. */
    private static ComparePolicy leavingDatabaseObjectsAlone() {
        return ComparePolicy.defaults().with(Category.INDEX_EXTRA, Action.IGNORE)
                .with(Category.TABLE_EXTRA, Action.IGNORE);
    }

    private static List<Operation> operations(MigrationPlan plan) {
        return plan.upgrade().stream().map(Change::operation).toList();
    }

    private static List<String> subjects(List<Operation> operations, Class<? extends Operation> kind) {
        return operations.stream().filter(kind::isInstance).map(op -> op.subject().member() == null
                ? op.subject().owner().toString() : op.subject().member()).sorted().toList();
    }

    @Test
    void droppingAColumnDropsEachIndexAndConstraintThatGoesWithItFirstAndTheDowngradeRestoresThem(
            TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, leavingDatabaseObjectsAlone());
        SchemaModel base = items();
        roundTrip.establish(base);
        database.execute(DATABASE_ONLY);

        MigrationPlan plan = roundTrip.leavingAlone(
                "CREATE INDEX item_positive ON public.item (price) WHERE qty > 0",
                "CREATE TABLE public.shipment (id bigint PRIMARY KEY, item_code bigint, item_region integer)")
                .migrate(base, withoutCode(base));

        List<Operation> operations = operations(plan);
        assertThat(subjects(operations, DropIndex.class))
                .containsExactly("item_cheap", "item_code_abs", "item_code_idx");
        assertThat(subjects(operations, DropConstraint.class)).containsExactly("item_check", "item_code_fk",
                "item_code_region_key", "shipment_item", "stock_item");
        assertThat(operations).last().isInstanceOf(DropColumn.class);
        assertThat(operations).doesNotHaveDuplicates();
        assertThat(plan.upgrade().stream().flatMap(c -> c.differences().stream()).map(Difference::describe))
                .contains("index public.item.item_cheap: dropped with column public.item.code"
                                + " (PostgreSQL drops it with the column) [column.extra]",
                        "foreign key public.shipment.shipment_item: dropped with column public.item.code, which it"
                                + " references (PostgreSQL refuses to drop the column while it exists) [column.extra]");
        assertThat(database.queryColumn("SELECT count(*) FROM public.shipment")).containsExactly("1");
    }

    @Test
    void whatGoesWithAColumnIsDroppedOnceAndRestoredWhateverThePolicySaysAboutIt(TestDatabase database)
            throws Exception {
        for (Action constraintsOnly : List.of(Action.APPLY, Action.REPORT, Action.IGNORE)) {
            RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults()
                    .with(Category.TABLE_EXTRA, Action.IGNORE).with(Category.INDEX_EXTRA, Action.REPORT)
                    .with(Category.CONSTRAINT_EXTRA, constraintsOnly));
            SchemaModel base = items();
            roundTrip.establish(base);
            database.execute(DATABASE_ONLY);

            Comparison comparison = roundTrip.compareWithDatabase(roundTrip.normalize(withoutCode(base)));
            MigrationPlan plan = MigrationPlan.of(comparison);
            List<Operation> operations = operations(plan);
            assertThat(comparison.reported()).as("the indexes the revision drops are no longer reported")
                    .extracting(d -> d.path().toString()).containsExactly("public.item.item_positive");
            assertThat(operations).as("%s", constraintsOnly).hasSize(9).doesNotHaveDuplicates();
            Difference why = plan.upgrade().stream().filter(c -> c.operation().subject().member() != null
                    && c.operation().subject().member().equals("stock_item")).findFirst().orElseThrow()
                    .differences().get(0);
            assertThat(why.category()).as("%s", constraintsOnly).isEqualTo(constraintsOnly == Action.APPLY
                    ? Category.CONSTRAINT_EXTRA : Category.COLUMN_EXTRA);
            database.execute("DROP TABLE public.shipment, public.stock, public.item, public.parent");
        }
    }

    @Test
    void aViewReadingTheDroppedColumnIsStillReportedByName(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, leavingDatabaseObjectsAlone()
                .with(Category.VIEW_EXTRA, Action.IGNORE));
        SchemaModel base = items();
        roundTrip.establish(base);
        database.execute(DATABASE_ONLY);
        database.execute("CREATE VIEW public.item_codes AS SELECT id, code FROM public.item");

        Comparison comparison = roundTrip.compareWithDatabase(roundTrip.normalize(withoutCode(base)));

        assertThat(comparison.reported()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.UNSUPPORTED);
            assertThat(d.describe()).contains("view public.item_codes", "reads public.item.code",
                    "cannot keep the view working");
        });
    }

    @Test
    void droppingATableDropsTheForeignKeysThatReferenceItFirstAndTheDowngradeRestoresTableAndKeys(
            TestDatabase database) throws Exception {
        ComparePolicy policy = new ComparePolicy(List.of(
                new PolicyRule(Category.TABLE_EXTRA, null, Action.IGNORE),
                new PolicyRule(Category.TABLE_EXTRA, new NamePattern("public.legacy_item"), Action.APPLY),
                new PolicyRule(Category.CONSTRAINT_EXTRA, null, Action.IGNORE)), List.of());
        RoundTrip roundTrip = new RoundTrip(database, policy);
        SchemaModel base = items();
        roundTrip.establish(base);
        database.execute(
                "CREATE TABLE public.legacy_item (id bigint PRIMARY KEY, code integer UNIQUE, price numeric(8,2),"
                        + " note text, CONSTRAINT legacy_item_code_check CHECK (code > 0))",
                "COMMENT ON TABLE public.legacy_item IS 'before the rewrite'",
                "COMMENT ON COLUMN public.legacy_item.note IS 'free text'",
                "CREATE INDEX legacy_item_cheap ON public.legacy_item (price) WHERE price < 10",
                "CREATE INDEX legacy_item_lower_note ON public.legacy_item (lower(note))",
                "CREATE TABLE public.legacy_note (id bigint PRIMARY KEY, legacy_id bigint"
                        + " REFERENCES public.legacy_item (id))",
                "ALTER TABLE public.stock ADD CONSTRAINT stock_legacy FOREIGN KEY (item_code)"
                        + " REFERENCES public.legacy_item (id)",
                "ALTER TABLE public.legacy_item ADD CONSTRAINT legacy_item_self FOREIGN KEY (code)"
                        + " REFERENCES public.legacy_item (code)",
                "INSERT INTO public.legacy_item VALUES (1, 1, 9.50, 'one'), (2, 2, 11.00, NULL)",
                "INSERT INTO public.legacy_note VALUES (1, NULL)",
                "INSERT INTO public.stock VALUES (1, NULL, NULL)");

        MigrationPlan plan = roundTrip.leavingAlone(
                        "CREATE TABLE public.legacy_note (id bigint PRIMARY KEY, legacy_id bigint)")
                .migrate(base, base);

        List<Operation> operations = operations(plan);
        assertThat(subjects(operations, DropConstraint.class))
                .containsExactly("legacy_item_self", "legacy_note_legacy_id_fkey", "stock_legacy");
        assertThat(operations).last().isInstanceOf(DropTable.class);
        DropTable drop = (DropTable) operations.get(operations.size() - 1);
        assertThat(drop.table().indexes()).extracting(Index::name)
                .containsExactly("legacy_item_cheap", "legacy_item_lower_note");
        assertThat(plan.upgrade().stream().flatMap(c -> c.differences().stream()).map(Difference::describe))
                .contains("foreign key public.stock.stock_legacy: dropped with table public.legacy_item, which it"
                        + " references (PostgreSQL refuses to drop the table while it exists) [table.extra]");
        assertThat(plan.upgrade()).filteredOn(c -> c.operation().subject().equals(
                ObjectPath.table(name("legacy_item")))).hasSize(1);
    }
}
