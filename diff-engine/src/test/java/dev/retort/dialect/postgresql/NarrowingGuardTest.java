package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.RawModels.column;
import static dev.retort.dialect.postgresql.RawModels.withTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.compare.Change;
import dev.retort.compare.ComparePolicy;
import dev.retort.dialect.postgresql.PostgresDestructiveness.Statement;
import dev.retort.ops.AlterColumn;
import dev.retort.plan.MigrationPlan;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.Identity;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A type change that is not a widening never changes a value silently: with a row whose value would change (cut,
 * rounded, its time dropped) or does not convert, the upgrade fails naming the column and is rolled back; with
 * rows that fit, it applies and the values read back as they were.
 */
@ExtendWith(PostgresExtension.class)
class NarrowingGuardTest {

    /**
     * @param fits      a value (SQL) of the old type that the new type holds
     * @param fitsAfter how that value reads (as text) in the new type
     * @param breaks    a value (SQL) of the old type that the new type would change, or cannot hold
     * @param complaint what the error says after {@code retort: column public.t.c: }
     */
    record Narrowing(String from, String to, String fits, String fitsAfter, String breaks, String complaint) {
        @Override
        public String toString() {
            return from + " -> " + to + " with " + breaks;
        }
    }

    static Stream<Narrowing> narrowings() {
        String changed = " row(s) would change converting ";
        return Stream.of(
                new Narrowing("varchar(300)", "varchar(255)", "repeat('x', 255)", "x".repeat(255), "repeat('y', 300)",
                        "1" + changed + "character varying(300) to character varying(255)"),
                new Narrowing("text", "varchar(10)", "'0123456789'", "0123456789", "'0123456789A'",
                        "1" + changed + "text to character varying(10)"),
                new Narrowing("jsonb", "varchar(12)", "'{\"a\": 1}'", "{\"a\": 1}", "'{\"a\": \"bbbbbbbbbbb\"}'",
                        "1" + changed + "jsonb to character varying(12)"),
                new Narrowing("json", "varchar(12)", "'{\"a\":1}'", "{\"a\":1}", "'{\"a\":\"bbbbbbbbbbbb\"}'",
                        "1" + changed + "json to character varying(12)"),
                new Narrowing("numeric(12,2)", "numeric(12,0)", "10.00", "10", "10.50",
                        "1" + changed + "numeric(12,2) to numeric(12,0)"),
                new Narrowing("numeric(12,2)", "numeric(5,2)", "999.99", "999.99", "1000.00",
                        "a value does not convert to numeric(5,2) (numeric field overflow)"),
                new Narrowing("timestamp", "date", "'2024-02-29 00:00'", "2024-02-29", "'2024-02-29 10:30'",
                        "1" + changed + "timestamp without time zone to date"),
                new Narrowing("timestamp(6)", "timestamp(0)", "'2024-02-29 10:30:01'", "2024-02-29 10:30:01",
                        "'2024-02-29 10:30:01.5'",
                        "1" + changed + "timestamp(6) without time zone to timestamp(0) without time zone"),
                new Narrowing("bigint", "integer", "2147483647", "2147483647", "2147483648",
                        "a value does not convert to integer (integer out of range)"),
                new Narrowing("double precision", "real", "1.25", "1.25", "1.2345678901234",
                        "1" + changed + "double precision to real"),
                new Narrowing("text", "integer", "'42'", "42", "'0042'", "1" + changed + "text to integer"),
                new Narrowing("text", "integer", "'42'", "42", "'forty-two'",
                        "a value does not convert to integer (invalid input syntax for type integer: \"forty-two\")"),
                new Narrowing("integer", "boolean", "1", "true", "2", "1" + changed + "integer to boolean"),
                new Narrowing("integer[]", "smallint[]", "'{1,2}'", "{1,2}", "'{1,40000}'",
                        "a value does not convert to smallint[] (smallint out of range)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrowings")
    void aValueThatWouldChangeFailsTheUpgradeNamingTheColumnAndRowsThatFitKeepTheirValues(Narrowing narrowing,
            TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        SchemaModel before = oneColumn(narrowing.from());
        roundTrip.establish(before);
        database.execute("INSERT INTO public.t VALUES (1, " + narrowing.fits() + "), (2, " + narrowing.breaks() + ")");
        List<String> values = database.queryColumn("SELECT c::text FROM public.t ORDER BY id");
        String typeBefore = typeOfC(database);
        MigrationPlan plan = MigrationPlan.of(roundTrip.compareWithDatabase(roundTrip.normalize(
                withTable(before, "t", t -> t.withColumn("c", c -> c.withType(ColumnType.of(narrowing.to())))))));

        assertThatThrownBy(() -> roundTrip.execute(plan.upgrade())).cause().isInstanceOf(SQLException.class)
                .hasMessageStartingWith("ERROR: retort: column public.t.c: " + narrowing.complaint())
                .hasMessageContaining("delete this DO block from the revision to accept the change");
        assertThat(typeOfC(database)).as("rolled back").isEqualTo(typeBefore);
        assertThat(database.queryColumn("SELECT c::text FROM public.t ORDER BY id")).isEqualTo(values);

        database.execute("DELETE FROM public.t WHERE id = 2");
        roundTrip.execute(plan.upgrade());
        assertThat(typeOfC(database)).isNotEqualTo(typeBefore);
        assertThat(database.queryColumn("SELECT c::text FROM public.t")).containsExactly(narrowing.fitsAfter());
    }

    @Test
    void aWideningHasNoGuardAndIsNotDestructiveItsDowngradeHasBoth() {
        AlterColumn widening = new AlterColumn(QualifiedName.of("public", "t"), column("c", "character varying(255)",
                true), column("c", "character varying(300)", true));

        assertThat(PostgresRenderer.render(widening))
                .containsExactly("ALTER TABLE public.t ALTER COLUMN c TYPE character varying(300)");
        assertThat(PostgresDestructiveness.destructive(widening)).isFalse();
        assertThat(PostgresDestructiveness.statements(widening)).extracting(Statement::destructive)
                .containsExactly(false);

        List<Statement> narrowing = PostgresDestructiveness.statements(widening.reverse());
        assertThat(narrowing).extracting(Statement::sql).satisfiesExactly(
                guard -> assertThat(guard).startsWith("DO $retort$").endsWith("$retort$"),
                alter -> assertThat(alter)
                        .isEqualTo("ALTER TABLE public.t ALTER COLUMN c TYPE character varying(255)"));
        assertThat(narrowing).extracting(Statement::destructive).containsExactly(false, true);
        assertThat(PostgresDestructiveness.destructive(widening.reverse())).isTrue();
    }

    @Test
    void theGuardGoesRightBeforeTheTypeChangeAfterTheDefaultIsDropped() {
        Column from = new Column("c", ColumnType.of("numeric(12,2)"), true, "1.50", Identity.NONE, null);
        Column to = new Column("c", ColumnType.of("integer"), false, "2", Identity.NONE, null);
        List<String> sql = PostgresRenderer.render(new AlterColumn(QualifiedName.of("public", "t"), from, to));

        assertThat(sql).hasSize(5);
        assertThat(sql.get(0)).isEqualTo("ALTER TABLE public.t ALTER COLUMN c DROP DEFAULT");
        assertThat(sql.get(1)).startsWith("DO $retort$");
        assertThat(sql.subList(2, 5)).containsExactly(
                "ALTER TABLE public.t ALTER COLUMN c TYPE integer USING c::integer",
                "ALTER TABLE public.t ALTER COLUMN c SET NOT NULL",
                "ALTER TABLE public.t ALTER COLUMN c SET DEFAULT 2");
    }

    /** The guard's whole text, as the parameterized test above runs it for numeric(12,2) to numeric(12,0). */
    @Test
    void theGuardIsADoBlockThatLocksCountsAndRaises() {
        AlterColumn rounding = new AlterColumn(QualifiedName.of("public", "t"), column("c", "numeric(12,2)", true),
                column("c", "numeric(12,0)", true));

        assertThat(PostgresRenderer.render(rounding).get(0)).isEqualTo("""
                DO $retort$
                #variable_conflict use_column
                DECLARE
                    changed bigint;
                BEGIN
                    LOCK TABLE public.t IN ACCESS EXCLUSIVE MODE;
                    BEGIN
                        SELECT count(*) INTO changed FROM public.t
                        WHERE (c)::text IS DISTINCT FROM ((c::numeric(12,0))::numeric(12,2))::text;
                    EXCEPTION WHEN others THEN
                        RAISE EXCEPTION USING ERRCODE = SQLSTATE,
                            MESSAGE = 'retort: column public.t.c: a value does not convert to numeric(12,0) (' \
                || SQLERRM || ')',
                            HINT = 'change or delete those rows first, or delete this DO block from the revision \
                to accept the change';
                    END;
                    IF changed > 0 THEN
                        RAISE EXCEPTION USING ERRCODE = 'data_exception',
                            MESSAGE = 'retort: column public.t.c: ' || changed || ' row(s) would change \
                converting numeric(12,2) to numeric(12,0)',
                            HINT = 'change or delete those rows first, or delete this DO block from the revision \
                to accept the change';
                    END IF;
                END
                $retort$""");
    }

    /**
     * Names that need quotes, a column named like the guard's variable, one holding the guard's dollar-quote tag,
     * and a type change through text (uuid from bigint): the guard quotes, resolves and tags them right.
     */
    @Test
    void namesThatNeedQuotesOrClashWithTheGuardAreGuardedToo(TestDatabase database) throws Exception {
        RoundTrip roundTrip = new RoundTrip(database, ComparePolicy.defaults());
        QualifiedName name = QualifiedName.of("Shop Data", "Order's");
        SchemaModel before = RawModels.plus(SchemaModel.empty("public"), Table.of(name, List.of(column("id", "bigint",
                false), column("changed", "varchar(20)", true), column("a$retort$b", "numeric(6,2)", true),
                column("Total Sum", "bigint", true)), PrimaryKey.of(null, "id")));
        roundTrip.establish(before);
        database.execute("INSERT INTO \"Shop Data\".\"Order's\" VALUES (1, 'twelve chars', 1.55, 7)");
        SchemaModel after = withTable(before, "Shop Data.Order's", t -> t
                .withColumn("changed", c -> c.withType(ColumnType.of("varchar(5)")))
                .withColumn("a$retort$b", c -> c.withType(ColumnType.of("numeric(6,1)")))
                .withColumn("Total Sum", c -> c.withType(ColumnType.of("uuid"))));
        MigrationPlan plan = MigrationPlan.of(roundTrip.compareWithDatabase(roundTrip.normalize(after)));

        assertThat(plan.upgrade().stream().map(Change::operation).flatMap(op -> PostgresRenderer.render(op).stream())
                .filter(sql -> sql.startsWith("DO "))).hasSize(3).anySatisfy(guard -> assertThat(guard)
                .startsWith("DO $retort1$").endsWith("$retort1$"));
        assertThatThrownBy(() -> roundTrip.execute(plan.upgrade())).cause()
                .hasMessageStartingWith("ERROR: retort: column Shop Data.Order's.");

        database.execute("UPDATE \"Shop Data\".\"Order's\" SET changed = 'five', \"Total Sum\" = NULL");
        assertThatThrownBy(() -> roundTrip.execute(plan.upgrade())).cause().hasMessageStartingWith(
                "ERROR: retort: column Shop Data.Order's.a$retort$b: 1 row(s) would change converting numeric(6,2)");
        database.execute("UPDATE \"Shop Data\".\"Order's\" SET \"a$retort$b\" = 1.5");
        roundTrip.execute(plan.upgrade());
        assertThat(database.queryColumn("SELECT concat_ws(' ', changed, \"a$retort$b\", \"Total Sum\") "
                + "FROM \"Shop Data\".\"Order's\"")).containsExactly("five 1.5");
    }

    private static SchemaModel oneColumn(String type) {
        return RawModels.plus(SchemaModel.empty("public"), Table.of(QualifiedName.of("public", "t"),
                List.of(column("id", "bigint", false), column("c", type, true)), PrimaryKey.of(null, "id")));
    }

    private static String typeOfC(TestDatabase database) {
        return database.queryColumn("SELECT format_type(atttypid, atttypmod) FROM pg_attribute "
                + "WHERE attrelid = 'public.t'::regclass AND attname = 'c'").get(0);
    }
}
