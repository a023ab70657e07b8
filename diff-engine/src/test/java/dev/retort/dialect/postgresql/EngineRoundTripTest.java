package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.RawModels.append;
import static dev.retort.dialect.postgresql.RawModels.column;
import static dev.retort.dialect.postgresql.RawModels.plus;
import static dev.retort.dialect.postgresql.RawModels.withTable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.compare.ComparePolicy;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.ColumnAspect;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.ops.SetTableComment;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each edit of the model, on a real PostgreSQL: exactly the expected operations, in an order PostgreSQL
 * accepts; after the upgrade nothing is left to do; the downgrade restores the catalog exactly.
 */
@ExtendWith(PostgresExtension.class)
class EngineRoundTripTest {

    private static List<Class<?>> kinds(MigrationPlan plan) {
        return plan.upgrade().stream().map(Change::operation).<Class<?>>map(Object::getClass).toList();
    }

    private static List<Operation> operations(MigrationPlan plan) {
        return plan.upgrade().stream().map(Change::operation).toList();
    }

    @Test
    void anEmptyDatabaseReceivesTheWholeModelAndThenAgreesWithIt(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        SchemaModel target = roundTrip.normalize(RawModels.shop());

        MigrationPlan plan = roundTrip.migrate(SchemaModel.empty("public"), RawModels.shop());

        assertThat(kinds(plan)).containsExactly(dev.retort.ops.CreateSequence.class, CreateTable.class,
                CreateTable.class, AddConstraint.class);
        Table customer = target.table(QualifiedName.of("public", "customer")).orElseThrow();
        assertThat(customer.primaryKey().name()).isEqualTo("customer_pkey");
        assertThat(customer.uniqueConstraints().get(0).name()).isEqualTo("customer_email_key");
        assertThat(customer.checks().get(0).name()).isEqualTo("customer_status_check");
        assertThat(customer.column("email").orElseThrow().type().sql()).isEqualTo("character varying(80)");
        assertThat(target.table(QualifiedName.of("public", "orders")).orElseThrow().column("ratio").orElseThrow()
                .type().sql()).isEqualTo("double precision");
    }

    @Test
    void eachEditOfTheModelIsExactlyItsOperationsAndRoundTrips(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        SchemaModel base = RawModels.shop();
        roundTrip.establish(base);

        Table payment = Table.of(QualifiedName.of("public", "payment"),
                List.of(column("id", "bigint", false), column("order_id", "bigint", false)), PrimaryKey.of(null, "id"))
                .withForeignKeys(List.of(ForeignKey.of("fk_payment_order", List.of("order_id"),
                        QualifiedName.of("public", "orders"), List.of("id"))));
        assertThat(kinds(roundTrip.migrate(base, plus(base, payment))))
                .as("add an entity").containsExactly(CreateTable.class, AddConstraint.class);

        assertThat(operations(roundTrip.migrate(base, withTable(base, "customer",
                t -> t.withColumns(append(t.columns(), column("phone", "varchar(32)", true)))))))
                .as("add a column").singleElement().isInstanceOf(AddColumn.class);

        assertThat(operations(roundTrip.migrate(base, withTable(base, "orders",
                t -> t.withColumns(t.columns().stream().filter(c -> !c.name().equals("ratio")).toList())))))
                .as("drop a column").singleElement().isInstanceOf(DropColumn.class);

        List<Operation> widened = operations(roundTrip.migrate(base, withTable(base, "customer",
                t -> t.withColumn("email", c -> c.withType(ColumnType.of("varchar(120)"))))));
        assertThat(widened).as("change a length").singleElement().isInstanceOf(AlterColumn.class);
        assertThat(((AlterColumn) widened.get(0)).aspects()).containsExactly(ColumnAspect.TYPE);

        assertThat(operations(roundTrip.migrate(base, withTable(base, "orders",
                t -> t.withIndexes(List.of(Index.of("idx_orders_amount", false, "amount")))))))
                .as("add an index").singleElement().isInstanceOf(CreateIndex.class);

        SchemaModel selfReference = withTable(base, "customer", t -> t
                .withColumns(append(t.columns(), column("referrer_id", "bigint", true)))
                .withForeignKeys(List.of(ForeignKey.of("fk_customer_referrer", List.of("referrer_id"),
                        QualifiedName.of("public", "customer"), List.of("id")))));
        assertThat(kinds(roundTrip.migrate(base, selfReference)))
                .as("add an FK with its column").containsExactly(AddColumn.class, AddConstraint.class);

        List<Operation> required = operations(roundTrip.migrate(base, withTable(base, "customer",
                t -> t.withColumn("name", c -> c.withNullable(false)))));
        assertThat(required).as("make a column NOT NULL").singleElement().isInstanceOf(AlterColumn.class);
        assertThat(((AlterColumn) required.get(0)).aspects()).containsExactly(ColumnAspect.NULLABILITY);
    }

    @Test
    void defaultsCommentsChecksRulesAndSequencesChangeInPlace(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        SchemaModel base = RawModels.shop();
        roundTrip.establish(base);

        assertThat(operations(roundTrip.migrate(base, withTable(base, "customer",
                t -> t.withColumn("points", c -> c.withDefault("10")).withComment("all customers")))))
                .hasSize(2).hasAtLeastOneElementOfType(SetTableComment.class)
                .hasAtLeastOneElementOfType(AlterColumn.class);

        assertThat(kinds(roundTrip.migrate(base, withTable(base, "customer",
                t -> t.withChecks(List.of(dev.retort.schema.CheckConstraint.of(null,
                        "status in ('ACTIVE','CLOSED','BLOCKED')")))))))
                .as("an enum value added to the check").containsExactly(DropConstraint.class, AddConstraint.class);

        assertThat(kinds(roundTrip.migrate(base, withTable(base, "orders",
                t -> t.withForeignKeys(List.of(t.foreignKeys().get(0).withOnDelete(ReferentialAction.CASCADE)))))))
                .as("ON DELETE CASCADE").containsExactly(DropConstraint.class, AddConstraint.class);

        assertThat(kinds(roundTrip.migrate(base, base.withSequences(
                List.of(Sequence.of(QualifiedName.of("public", "orders_seq"), 1, 1))))))
                .as("allocationSize 1").containsExactly(AlterSequence.class);

        assertThat(kinds(roundTrip.migrate(base, withTable(base, "orders",
                t -> t.withColumn("id", c -> c.withIdentity(Identity.BY_DEFAULT))))))
                .as("identity id").containsExactly(AlterColumn.class);
    }

    @Test
    void typeChangesConvertValuesWithACastOrThroughText(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        SchemaModel base = RawModels.plus(SchemaModel.empty("public"), Table.of(QualifiedName.of("public", "ledger"),
                List.of(column("id", "bigint", false), column("amount", "numeric(10,2)", true),
                        column("code", "varchar(10)", true), column("token", "bigint", true)),
                PrimaryKey.of(null, "id")));
        roundTrip.establish(base);
        // Values that convert unchanged: 12.50 would round to 13, and the guard before the type change refuses that.
        database.execute("INSERT INTO public.ledger VALUES (1, 12.00, '7', NULL)");

        SchemaModel changed = withTable(base, "ledger", t -> t
                .withColumn("amount", c -> c.withType(ColumnType.of("integer")))
                .withColumn("code", c -> c.withType(ColumnType.of("integer")))
                .withColumn("token", c -> c.withType(ColumnType.of("uuid"))));
        MigrationPlan plan = roundTrip.migrate(base, changed);

        List<String> sql = plan.upgrade().stream().flatMap(c -> PostgresRenderer.render(c.operation()).stream())
                .toList();
        assertThat(sql).contains("ALTER TABLE public.ledger ALTER COLUMN amount TYPE integer USING amount::integer",
                "ALTER TABLE public.ledger ALTER COLUMN code TYPE integer USING code::integer",
                "ALTER TABLE public.ledger ALTER COLUMN token TYPE uuid USING token::text::uuid");
        roundTrip.execute(plan.upgrade());
        assertThat(database.queryColumn("SELECT amount || ' ' || code FROM public.ledger")).containsExactly("12 7");
    }

    @Test
    void aColumnBecomesAnArrayAndBackThroughItsTextForm(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        SchemaModel base = RawModels.plus(SchemaModel.empty("public"), Table.of(QualifiedName.of("public", "tags"),
                List.of(column("id", "bigint", false), column("score", "integer", true),
                        column("words", "text[]", true)),
                PrimaryKey.of(null, "id")));
        roundTrip.establish(base);
        database.execute("INSERT INTO public.tags VALUES (1, NULL, NULL)");

        // PostgreSQL has no cast from text[] to integer: an array becomes a scalar through its text form.
        MigrationPlan plan = roundTrip.migrate(base, withTable(base, "tags", t -> t
                .withColumn("score", c -> c.withType(ColumnType.of("integer[]")))
                .withColumn("words", c -> c.withType(ColumnType.of("integer")))));

        assertThat(plan.downgrade().stream().flatMap(c -> PostgresRenderer.render(c.operation()).stream()))
                .contains("ALTER TABLE public.tags ALTER COLUMN score TYPE integer USING score::text::integer");
    }

    @Test
    void namesThatNeedQuotesAndReservedWordsWork(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, dev.retort.compare.ModelsForTests.applyingEverything());
        Table order = new Table(QualifiedName.of("Shop Data", "order"), List.of(
                new Column("id", ColumnType.of("bigint"), false, null, Identity.NONE, null),
                new Column("user", ColumnType.of("varchar(40)"), true, "'nobody'", Identity.NONE, "who's ordering"),
                new Column("Total", ColumnType.of("numeric(10,2)"), true, null, Identity.NONE, null)),
                PrimaryKey.of(null, "id"), List.of(dev.retort.schema.UniqueConstraint.of(null, "user", "Total")),
                List.of(dev.retort.schema.CheckConstraint.of(null, "\"Total\" >= 0")), List.of(),
                List.of(Index.of("Order By User", false, "user")), "orders, 'quoted'");
        Table user = Table.of(QualifiedName.of("public", "user"), List.of(column("id", "bigint", false),
                column("order_id", "bigint", true)), PrimaryKey.of(null, "id"))
                .withForeignKeys(List.of(ForeignKey.of("FK_User_Order", List.of("order_id"), order.name(),
                        List.of("id"))));
        SchemaModel quoted = new SchemaModel(List.of("Shop Data", "public"), List.of(order, user), List.of(
                Sequence.of(QualifiedName.of("Shop Data", "Order Seq"), 100, 50)), List.of());

        MigrationPlan plan = roundTrip.migrate(SchemaModel.empty("public"), quoted);
        assertThat(kinds(plan)).startsWith(CreateSchema.class);
        roundTrip.establish(quoted);
        roundTrip.migrate(quoted, withTable(quoted, "Shop Data.order",
                t -> t.withColumn("user", c -> c.withType(ColumnType.of("varchar(60)")).withDefault(null))));
    }

    @Test
    void randomPairsOfModelsConvergeAndReverseOnPostgres() throws Exception {
        for (long seed = 0; seed < 25; seed++) {
            try (TestDatabase fresh = dev.retort.testing.PostgresServer.get().createDatabase()) {
                RoundTrip roundTrip = new RoundTrip(fresh, dev.retort.compare.ModelsForTests.applyingEverything());
                dev.retort.compare.RandomModels random = new dev.retort.compare.RandomModels(seed);
                SchemaModel a = random.model();
                SchemaModel b = random.edit(a);
                roundTrip.establish(a);
                roundTrip.migrate(a, b);
            }
        }
    }
}
