package dev.retort.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.QualifiedName;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The table facts read from a real database's catalog: existence, rows, size, column types. */
@ExtendWith(PostgresExtension.class)
class CatalogTableFactsTest {

    private static final QualifiedName ORDERS = new QualifiedName("public", "orders");
    private static final QualifiedName EMPTY = new QualifiedName("shop", "empty_one");

    @Test
    void anAnalyzedTableHasItsRowsAndSizeAnEmptyOneNone(TestDatabase database) throws Exception {
        database.execute("CREATE TABLE public.orders (id bigint PRIMARY KEY, note varchar(40), total numeric(10,2))",
                "INSERT INTO public.orders SELECT g, 'order ' || g, g FROM generate_series(1, 20000) g",
                "ANALYZE public.orders",
                "CREATE SCHEMA shop", "CREATE TABLE shop.empty_one (id integer)");

        TableFacts facts = read(database);

        assertThat(facts.exists(ORDERS)).isTrue();
        assertThat(facts.exists(EMPTY)).isTrue();
        assertThat(facts.exists(new QualifiedName("public", "nothing_here"))).isFalse();
        TableSize orders = facts.size(ORDERS).orElseThrow();
        assertThat(orders.rows()).isEqualTo(20000);
        // heap, primary key index: well over a megabyte for 20,000 rows, and what PostgreSQL says
        assertThat(orders.bytes()).isGreaterThan(1_000_000)
                .isEqualTo(Long.parseLong(database.queryColumn(
                        "select pg_total_relation_size('public.orders')::text").get(0)));
        assertThat(facts.size(EMPTY).orElseThrow()).isEqualTo(new TableSize(0, 0));
        assertThat(facts.columnType(ORDERS, "note")).contains("character varying(40)");
        assertThat(facts.columnType(ORDERS, "total")).contains("numeric(10,2)");
        assertThat(facts.columnType(ORDERS, "gone")).isEmpty();
        assertThat(facts.defaultSchema()).isEqualTo("public");
    }

    @Test
    void aTableNeverAnalyzedWithRowsIsNotTakenForEmpty(TestDatabase database) throws Exception {
        database.execute("CREATE TABLE public.orders (id bigint)",
                "INSERT INTO public.orders SELECT g FROM generate_series(1, 5000) g");
        assertThat(database.queryColumn("select reltuples::text from pg_class where oid = 'public.orders'::regclass"))
                .containsExactly("-1");

        TableSize size = read(database).size(ORDERS).orElseThrow();

        assertThat(size.bytes()).isPositive();
        // the statistics' live tuples, flushed at the inserting transaction's end (or 0 if not flushed yet), never -1
        assertThat(size.rows()).isBetween(0L, 5000L);
    }

    @Test
    void theRowsOfATableNeverAnalyzed() {
        assertThat(CatalogTableFacts.rows(1234.0, 8192, 99)).isEqualTo(1234);
        assertThat(CatalogTableFacts.rows(-1, 0, 0)).isZero();
        assertThat(CatalogTableFacts.rows(-1, 81920, 700)).isEqualTo(700);
    }

    @Test
    void postgresqlsOwnTablesAreNoRevisions(TestDatabase database) throws Exception {
        database.execute("CREATE TABLE public.orders (id bigint)");

        TableFacts facts = read(database);

        assertThat(facts.exists(ORDERS)).isTrue();
        assertThat(facts.exists(new QualifiedName("pg_catalog", "pg_class"))).isFalse();
        assertThat(facts.exists(new QualifiedName("information_schema", "sql_features"))).isFalse();
    }

    private static TableFacts read(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            return CatalogTableFacts.read(connection, "public");
        }
    }
}
