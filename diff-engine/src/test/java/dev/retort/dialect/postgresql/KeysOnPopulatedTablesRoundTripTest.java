package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.RawModels.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.compare.Change;
import dev.retort.compare.ComparePolicy;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A primary key and a unique constraint added to a table that already has rows: the index is built
 * {@code CONCURRENTLY}, then attached with {@code ADD CONSTRAINT ... USING INDEX}. {@link RoundTrip} judges the
 * result against the catalog the plain DDL builds from nothing, the comparison afterwards, and the downgrade.
 */
@ExtendWith(PostgresExtension.class)
class KeysOnPopulatedTablesRoundTripTest {

    private static final SchemaModel KEYLESS = new SchemaModel(List.of("public"), List.of(Table.of(
            QualifiedName.of("public", "ledger"), List.of(column("id", "bigint", true),
                    column("code", "varchar(20)", true), column("amount", "integer", true)), null)),
            List.of(), List.of());

    @Test
    void aPrimaryKeyAndAUniqueKeyOnAPopulatedTableAreAttachedFromConcurrentBuildsAndDowngradeExactly(
            TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        roundTrip.establish(KEYLESS);
        database.execute("INSERT INTO public.ledger SELECT g, 'c' || g, g % 7 FROM generate_series(1, 5000) g");
        SchemaModel keyed = RawModels.withTable(KEYLESS, "ledger", t -> t.withPrimaryKey(PrimaryKey.of(null, "id"))
                .withColumn("id", id -> id.withNullable(false))
                .withUniqueConstraints(List.of(UniqueConstraint.of(null, "code", "amount"))));

        MigrationPlan plan = roundTrip.migrate(KEYLESS, keyed);

        List<String> upgrade = PostgresSection.render(plan.upgrade().stream().map(Change::operation).toList(),
                LockAwareForm.all()).stream().map(PostgresSection.Statement::sql).toList();
        assertThat(upgrade).contains(
                "CREATE UNIQUE INDEX CONCURRENTLY ledger_pkey ON public.ledger (id)",
                "ALTER TABLE public.ledger ADD CONSTRAINT ledger_pkey PRIMARY KEY USING INDEX ledger_pkey",
                "CREATE UNIQUE INDEX CONCURRENTLY ledger_code_amount_key ON public.ledger (code, amount)",
                "ALTER TABLE public.ledger ADD CONSTRAINT ledger_code_amount_key UNIQUE USING INDEX"
                        + " ledger_code_amount_key");
        // the key's NOT NULL is proven from its validated check before the key is attached, not set by the attach
        assertThat(upgrade.indexOf("ALTER TABLE public.ledger ALTER COLUMN id SET NOT NULL"))
                .isBetween(0, upgrade.indexOf("CREATE UNIQUE INDEX CONCURRENTLY ledger_pkey ON public.ledger (id)"));
    }

    /**
     * A duplicate makes the concurrent build fail half-way, leaving an invalid index of the key's name; once the
     * duplicate is gone, the same statements run again: the build first drops what the failed one left.
     */
    @Test
    void aBuildThatFailedOnADuplicateLeavesAnInvalidIndexWhichTheRetryDropsFirst(TestDatabase database)
            throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        roundTrip.establish(KEYLESS);
        database.execute("INSERT INTO public.ledger SELECT g, 'c' || (g % 999), 1 FROM generate_series(1, 1000) g");
        SchemaModel target = roundTrip.normalize(RawModels.withTable(KEYLESS, "ledger",
                t -> t.withUniqueConstraints(List.of(UniqueConstraint.of(null, "code")))));
        MigrationPlan plan = MigrationPlan.of(roundTrip.compareWithDatabase(target));

        assertThatThrownBy(() -> roundTrip.execute(plan.upgrade())).hasMessageContaining(
                "CREATE UNIQUE INDEX CONCURRENTLY ledger_code_key").hasMessageContaining("could not create unique index");
        assertThat(database.queryColumn("SELECT indexrelid::regclass FROM pg_index WHERE NOT indisvalid"))
                .containsExactly("ledger_code_key");

        database.execute("DELETE FROM public.ledger WHERE id = 1000");
        roundTrip.execute(plan.upgrade());
        assertThat(database.queryColumn("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).containsExactly("0");
        assertThat(roundTrip.compareWithDatabase(target).differences()).isEmpty();
    }
}
