package dev.retort.reflect;

import static dev.retort.reflect.Reflection.reflect;
import static dev.retort.reflect.Reflection.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.SchemaModel;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class IndexReflectionTest {

    @Test
    void everyKindOfIndexIsReadWithItsKeysMethodAndPredicate(TestDatabase database) {
        database.execute("create table t (id int, name text, score int, email text, doc jsonb, lo int, hi int)",
                "create index t_plain on t (name)",
                "create unique index t_unique on t (email)",
                "create index t_multi on t (hi, lo)",
                "create index t_desc on t (score desc)",
                "create index t_nulls_first on t (score nulls first)",
                "create index t_desc_nulls_last on t (score desc nulls last)",
                "create index t_partial on t (score) where score > 0",
                "create index t_expression on t (lower(name), id)",
                "create index t_gin on t using gin (doc)");

        assertThat(table(reflect(database, "public"), "public", "t").indexes()).containsExactly(
                new Index("t_desc", List.of(new IndexKey("score", null, true, true)), false, "btree", null),
                new Index("t_desc_nulls_last", List.of(new IndexKey("score", null, true, false)), false, "btree",
                        null),
                new Index("t_expression", List.of(IndexKey.expression("lower(name)"), IndexKey.column("id")),
                        false, "btree", null, List.of("name")),
                new Index("t_gin", List.of(IndexKey.column("doc")), false, "gin", null),
                new Index("t_multi", List.of(IndexKey.column("hi"), IndexKey.column("lo")), false, "btree",
                        null),
                new Index("t_nulls_first", List.of(new IndexKey("score", null, false, true)), false, "btree",
                        null),
                new Index("t_partial", List.of(IndexKey.column("score")), false, "btree", "(score > 0)"),
                Index.of("t_plain", false, "name"),
                Index.of("t_unique", true, "email"));
    }

    @Test
    void expressionKeysArePrintedAsPgGetIndexdefPrintsThem(TestDatabase database) {
        database.execute("create table t (a int, b int, name varchar(20))",
                "create index t_sum on t ((a + b) desc, upper(name::text))");

        Index index = table(reflect(database, "public"), "public", "t").indexes().get(0);

        assertThat(index.keys()).containsExactly(new IndexKey(null, "(a + b)", true, true),
                IndexKey.expression("upper(name::text)"));
        assertThat(database.queryColumn("select pg_get_indexdef('t_sum'::regclass, k, true)"
                + " from generate_series(1, 2) k")).containsExactly("(a + b)", "upper(name::text)");
    }

    @Test
    void indexesThatBackConstraintsAreNotListed(TestDatabase database) {
        database.execute("create table t (id int primary key, code int unique, a int, b int, during int4range,"
                        + " constraint uq_ab unique (a, b), exclude using gist (during with &&))",
                "create index t_a on t (a)");

        assertThat(table(reflect(database, "public"), "public", "t").indexes()).extracting(Index::name)
                .containsExactly("t_a");
    }

    @Test
    void aUniqueIndexThatAForeignKeyUsesIsStillListed(TestDatabase database) {
        database.execute("create table parent (id int primary key, code int)",
                "create unique index parent_code on parent (code)",
                "create table child (code int references parent (code))");

        assertThat(table(reflect(database, "public"), "public", "parent").indexes())
                .containsExactly(Index.of("parent_code", true, "code"));
    }

    @Test
    void anIndexMayShareItsNameWithAForeignKeyOrACheckOfItsTable(TestDatabase database) {
        database.execute("create table parent (id int primary key)",
                "create table child (id int primary key, parent_id int, qty int,"
                        + " constraint child_parent foreign key (parent_id) references parent (id),"
                        + " constraint child_qty check (qty > 0))",
                "create index child_parent on child (parent_id)",
                "create index child_qty on child (qty)");

        dev.retort.schema.Table child = table(reflect(database, "public"), "public", "child");

        assertThat(child.indexes()).containsExactly(Index.of("child_parent", false, "parent_id"),
                Index.of("child_qty", false, "qty"));
        assertThat(child.foreignKeys()).extracting(dev.retort.schema.ForeignKey::name).containsExactly("child_parent");
        assertThat(child.checks()).extracting(dev.retort.schema.CheckConstraint::name).containsExactly("child_qty");
    }

    @Test
    void includedColumnsAreNotKeysButColumnsTheIndexUses(TestDatabase database) {
        database.execute("create table t (a int, b int)", "create index t_covering on t (a) include (b)");

        assertThat(table(reflect(database, "public"), "public", "t").indexes())
                .containsExactly(new Index("t_covering", List.of(IndexKey.column("a")), false, "btree", null,
                        List.of("b")));
    }

    @Test
    void theColumnsThatExpressionsAndPredicatesReadAreColumnsTheIndexUses(TestDatabase database) {
        database.execute("create table t (id int, \"Code\" int, a int, b int, gone int, note text)",
                "alter table t drop column gone",
                "create index t_sum on t ((a + b)) where note is not null",
                "create index t_partial on t (id) where \"Code\" > 0 and id > 0");

        List<Index> indexes = table(reflect(database, "public"), "public", "t").indexes();

        assertThat(indexes).extracting(Index::name, Index::otherColumns).containsExactly(
                org.assertj.core.groups.Tuple.tuple("t_partial", List.of("Code")),
                org.assertj.core.groups.Tuple.tuple("t_sum", List.of("a", "b", "note")));
        assertThat(indexes.get(0).columnsUsed()).containsExactly("id", "Code");
    }

    @Test
    void anIndexThatRepeatsAKeyIsRefusedRatherThanReadWrong(TestDatabase database) throws Exception {
        database.execute("create table t (a int)", "create index t_twice on t (a, a)");

        try (Connection connection = database.connect()) {
            assertThatThrownBy(() -> new PostgresReflector().reflect(connection, ReflectionScope.of("public")))
                    .isInstanceOf(ReflectionException.class)
                    .hasMessageContaining("index t_twice of public.t");
        }
    }

    @Test
    void indexesOfQuotedTablesInOtherSchemasAreFound(TestDatabase database) {
        database.execute("create schema \"Shop\"", "create table \"Shop\".\"Order\" (\"Total\" int)",
                "create index \"Order_Total\" on \"Shop\".\"Order\" (\"Total\" desc)");

        SchemaModel model = reflect(database, "Shop");

        assertThat(table(model, "Shop", "Order").indexes()).containsExactly(
                new Index("Order_Total", List.of(IndexKey.column("Total", true)), false, "btree", null));
    }
}
