package dev.retort.reflect;

import static dev.retort.reflect.Reflection.reflect;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.View;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class SequenceAndViewReflectionTest {

    @Test
    void sequencesKeepEveryOption(TestDatabase database) {
        database.execute("create sequence plain_seq",
                "create sequence tuned_seq as integer increment by -5 minvalue -1000 maxvalue 500 start with 100"
                        + " cache 20 cycle",
                "create sequence order_seq start with 1 increment by 50");

        SchemaModel model = reflect(database, "public");

        assertThat(model.sequences()).containsExactly(
                new Sequence(QualifiedName.of("public", "order_seq"), "bigint", 1L, 50, 1L, Long.MAX_VALUE, 1L,
                        false),
                new Sequence(QualifiedName.of("public", "plain_seq"), "bigint", 1L, 1, 1L, Long.MAX_VALUE, 1L,
                        false),
                new Sequence(QualifiedName.of("public", "tuned_seq"), "integer", 100L, -5, -1000L, 500L, 20L,
                        true));
    }

    @Test
    void identitySequencesAreLeftOutAndSerialSequencesAreListed(TestDatabase database) {
        database.execute("create table t (id bigint generated always as identity, n serial, m smallserial)");

        assertThat(reflect(database, "public").sequences()).containsExactly(
                new Sequence(QualifiedName.of("public", "t_m_seq"), "smallint", 1L, 1, 1L, 32767L, 1L, false),
                new Sequence(QualifiedName.of("public", "t_n_seq"), "integer", 1L, 1, 1L, 2147483647L, 1L, false));
        assertThat(database.queryColumn("select count(*) from pg_class where relkind = 'S'")).containsExactly("3");
    }

    @Test
    void viewsAndMaterializedViewsAreReadWithTheirDefinitions(TestDatabase database) {
        database.execute("create schema app", "create table app.item (id int, price numeric(10,2))",
                "create view app.cheap as select id from app.item where price < 10",
                "create materialized view app.totals as select count(*) as n from app.item");

        SchemaModel model = reflect(database, "app");

        QualifiedName item = QualifiedName.of("app", "item");
        assertThat(model.views()).containsExactly(
                new View(QualifiedName.of("app", "cheap"),
                        database.queryColumn("select pg_get_viewdef('app.cheap'::regclass, true)").get(0), false,
                        List.of(ObjectPath.column(item, "id"), ObjectPath.column(item, "price"))),
                new View(QualifiedName.of("app", "totals"),
                        database.queryColumn("select pg_get_viewdef('app.totals'::regclass, true)").get(0), true,
                        List.of(ObjectPath.table(item))));
        assertThat(model.views().get(0).definition()).as("the definition, without its semicolon").isEqualTo(
                "SELECT item.id\n   FROM app.item\n  WHERE item.price < 10::numeric");
        assertThat(model.tables()).extracting(t -> t.name().name()).containsExactly("item");
    }
}
