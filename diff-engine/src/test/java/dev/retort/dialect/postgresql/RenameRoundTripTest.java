package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.RawModels.column;
import static dev.retort.dialect.postgresql.RoundTrip.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.compare.ComparePolicy;
import dev.retort.compare.Comparison;
import dev.retort.compare.Renames;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A declared rename keeps the rows: the table and the column are renamed in place (with the keys, index and
 * sequence named after the table, and the foreign key that references it), the rest of the pair compared as usual
 * (a wider type), and the downgrade leaves the catalog exactly as it was.
 */
@ExtendWith(PostgresExtension.class)
class RenameRoundTripTest {

    private static final String ROWS = "SELECT c.id || ':' || c.nick || ':' || c.email || ':' || count(o.id)"
            + " FROM public.customer c LEFT JOIN public.orders o ON o.customer_id = c.id GROUP BY c.id ORDER BY c.id";
    private static final String RENAMED_ROWS = ROWS.replace("customer c", "client c").replace("c.nick", "c.nickname");

    private static SchemaModel shop(String customer, String nick, String nickType, String check) {
        Table table = new Table(name(customer), List.of(column("id", "bigint", false),
                column(nick, nickType, true), column("email", "text", true)), PrimaryKey.of(null, "id"),
                List.of(UniqueConstraint.of(null, "email")), List.of(CheckConstraint.of(null, check)), List.of(),
                List.of(Index.of(customer + "_nick_idx", false, nick)), null);
        Table orders = new Table(name("orders"), List.of(column("id", "bigint", false),
                column("customer_id", "bigint", true)), PrimaryKey.of(null, "id"), List.of(), List.of(),
                List.of(ForeignKey.of("orders_customer_fk", List.of("customer_id"), name(customer), List.of("id"))),
                List.of(), null);
        return new SchemaModel(List.of("public"), List.of(table, orders),
                List.of(Sequence.of(name(customer + "_seq"), 1, 50)), List.of());
    }

    private static final Renames RENAMES = new Renames(
            List.of(new Renames.TableRename(name("customer"), "client", "customer=client")),
            List.of(new Renames.ColumnRename(name("client"), "nick", "nickname", "customer.nick=nickname")));

    @Test
    void renamingATableAndAWidenedColumnKeepsTheRowsAndTheDowngradeRestoresTheCatalogExactly(TestDatabase database)
            throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        roundTrip.establish(shop("customer", "nick", "varchar(40)", "nick <> ''"));
        database.execute("INSERT INTO public.customer VALUES (1, 'ann', 'a@x'), (2, 'bob', 'b@x')",
                "INSERT INTO public.orders VALUES (10, 1), (11, 1), (12, 2)",
                "SELECT setval('public.customer_seq', 500)");
        List<String> rows = database.queryColumn(ROWS);
        List<String> catalog = CatalogSnapshot.of(database);
        SchemaModel target = roundTrip.normalize(shop("client", "nickname", "varchar(80)", "nickname <> ''"));

        MigrationPlan plan = MigrationPlan.of(roundTrip.compareWithDatabase(target, RENAMES));
        roundTrip.execute(plan.upgrade());

        assertThat(statements(plan)).containsExactly(
                "ALTER TABLE public.customer RENAME TO client",
                "ALTER SEQUENCE public.customer_seq RENAME TO client_seq",
                "ALTER TABLE public.client DROP CONSTRAINT customer_nick_check",
                "ALTER TABLE public.client RENAME CONSTRAINT customer_email_key TO client_email_key",
                "ALTER TABLE public.client RENAME CONSTRAINT customer_pkey TO client_pkey",
                "ALTER TABLE public.client RENAME COLUMN nick TO nickname",
                "ALTER INDEX public.customer_nick_idx RENAME TO client_nick_idx",
                "ALTER TABLE public.client ALTER COLUMN nickname TYPE character varying(80)",
                "ALTER TABLE public.client ADD CONSTRAINT client_nickname_check CHECK (((nickname)::text <> ''::text))");
        assertThat(operations(plan)).filteredOn(AlterColumn.class::isInstance).hasSize(1);
        assertThat(database.queryColumn(RENAMED_ROWS)).isEqualTo(rows);
        assertThat(database.queryColumn("SELECT nextval('public.client_seq')")).containsExactly("550");
        Comparison again = roundTrip.compareWithDatabase(target);
        assertThat(again.differences()).as("differences after the upgrade, without the hint").isEmpty();

        roundTrip.execute(plan.downgrade());
        assertThat(database.queryColumn(ROWS)).isEqualTo(rows);
        database.execute("SELECT setval('public.customer_seq', 500)");
        assertThat(CatalogSnapshot.of(database)).as("catalog after the downgrade").isEqualTo(catalog);
    }

    @Test
    void withoutTheHintTheSameChangeDropsAndAddsAndTheRowsOfTheColumnAreLost(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        roundTrip.establish(shop("customer", "nick", "varchar(40)", "nick <> ''"));
        SchemaModel target = roundTrip.normalize(shop("customer", "nickname", "varchar(40)", "nickname <> ''"));

        Comparison comparison = roundTrip.compareWithDatabase(target);

        assertThat(operations(MigrationPlan.of(comparison))).map(o -> o.getClass().getSimpleName())
                .doesNotContain("RenameColumn").contains("DropColumn", "AddColumn");
        assertThat(dev.retort.compare.RenameSuggestions.in(comparison, PostgresTypeWidening.INSTANCE, "public"))
                .map(dev.retort.compare.RenameSuggestions.Suggestion::line)
                .containsExactly("possibly a rename: public.customer.nick -> nickname: pass --rename"
                        + " customer.nick=nickname to keep its data");
    }

    private static List<Operation> operations(MigrationPlan plan) {
        return plan.upgrade().stream().map(Change::operation).toList();
    }

    private static List<String> statements(MigrationPlan plan) {
        return operations(plan).stream().flatMap(o -> PostgresRenderer.render(o).stream()).toList();
    }
}
