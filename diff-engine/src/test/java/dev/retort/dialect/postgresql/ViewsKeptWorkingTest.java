package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.RawModels.withTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category;
import dev.retort.compare.Cause;
import dev.retort.compare.ComparePolicy;
import dev.retort.compare.Comparison;
import dev.retort.compare.Difference;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropView;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.ColumnType;
import dev.retort.schema.SchemaModel;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database's own views and indexes are reported, never dropped, and keep working across retort's changes:
 * a column a view reads can change type (views on views included), an index on a column whose type changes stays.
 */
@ExtendWith(PostgresExtension.class)
class ViewsKeptWorkingTest {

    @Test
    void viewsOnAColumnWhoseTypeChangesAreDroppedAndCreatedAgainAroundTheChange(TestDatabase database)
            throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults().with(Category.VIEW_EXTRA,
                Category.Action.IGNORE).with(Category.INDEX_EXTRA, Category.Action.IGNORE));
        SchemaModel base = RawModels.shop();
        roundTrip.establish(base);
        String[] databaseOnly = {
                "CREATE VIEW public.customer_names AS SELECT id, name, email FROM public.customer",
                "CREATE VIEW public.short_names AS SELECT id, upper(name) AS shout FROM public.customer_names",
                "CREATE MATERIALIZED VIEW public.name_count AS SELECT count(name) AS n FROM public.customer",
                "CREATE INDEX customer_lower_email ON public.customer (lower(email)) WHERE email IS NOT NULL"};
        database.execute(databaseOnly);
        database.execute("INSERT INTO public.customer (id, email, name, points) VALUES (1, 'a@b', 'ann', 1)");

        SchemaModel wider = withTable(base, "customer", t -> t.withColumn("name",
                c -> c.withType(ColumnType.of("varchar(400)"))));
        MigrationPlan plan = roundTrip.leavingAlone(databaseOnly).migrate(base, wider);

        List<Operation> operations = plan.upgrade().stream().map(c -> c.operation()).toList();
        assertThat(operations).hasSize(7);
        int alter = indexOf(operations, AlterColumn.class, "customer");
        assertThat(operations.subList(0, alter)).allMatch(op -> op instanceof DropView);
        assertThat(operations.subList(alter + 1, operations.size())).allMatch(op -> op instanceof CreateView);
        assertThat(operations.indexOf(new DropView(view(roundTrip, "short_names"))))
                .isLessThan(operations.indexOf(new DropView(view(roundTrip, "customer_names"))));
        roundTrip.execute(plan.upgrade());
        assertThat(database.queryColumn("SELECT shout FROM public.short_names")).containsExactly("ANN");
        assertThat(database.queryColumn("SELECT n FROM public.name_count")).containsExactly("1");
        assertThat(database.queryColumn("SELECT count(*) FROM pg_indexes WHERE indexname = 'customer_lower_email'"))
                .containsExactly("1");
    }

    @Test
    void objectsMadeOutsideTheRevisionsAreReportedAsDriftAndNeverDropped(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        SchemaModel base = RawModels.shop();
        roundTrip.establish(base);
        SchemaModel history = roundTrip.reflect(List.of("public"));
        database.execute(
                "CREATE VIEW public.customer_names AS SELECT id, name FROM public.customer",
                "CREATE INDEX customer_partial ON public.customer (name) WHERE points > 10",
                "CREATE INDEX customer_expression ON public.customer (lower(email))",
                "ALTER TABLE public.orders ALTER COLUMN amount SET DEFAULT 0",
                "CREATE TABLE public.legacy (id integer)");

        Comparison comparison = roundTrip.compareWithHistory(roundTrip.normalize(base), history);

        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.reported()).extracting(Difference::category).containsExactlyInAnyOrder(
                Category.VIEW_EXTRA, Category.INDEX_EXTRA, Category.INDEX_EXTRA, Category.COLUMN_DEFAULT_EXTRA,
                Category.TABLE_EXTRA);
        assertThat(comparison.reported()).extracting(Difference::cause).containsOnly(Cause.DRIFT);
    }

    @Test
    void aViewReadingAColumnTheEntitiesDropIsReportedNamingTheView(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults().with(Category.VIEW_EXTRA,
                Category.Action.IGNORE));
        SchemaModel base = RawModels.shop();
        roundTrip.establish(base);
        database.execute("CREATE VIEW public.order_ratios AS SELECT id, ratio FROM public.orders");

        Comparison comparison = roundTrip.compareWithDatabase(roundTrip.normalize(withTable(base, "orders",
                t -> t.withColumns(t.columns().stream().filter(c -> !c.name().equals("ratio")).toList()))));

        assertThat(comparison.reported()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo(Category.UNSUPPORTED);
            assertThat(d.describe()).contains("view public.order_ratios", "reads public.orders.ratio",
                    "cannot keep the view working");
        });
    }

    private static dev.retort.schema.View view(RoundTrip roundTrip, String name) throws Exception {
        return roundTrip.reflect(List.of("public")).views().stream().filter(v -> v.name().name().equals(name))
                .findFirst().orElseThrow();
    }

    private static int indexOf(List<Operation> operations, Class<?> kind, String table) {
        for (int i = 0; i < operations.size(); i++) {
            if (kind.isInstance(operations.get(i)) && operations.get(i).subject().owner().name().equals(table)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind.getSimpleName() + " on " + table + " in " + operations);
    }
}
