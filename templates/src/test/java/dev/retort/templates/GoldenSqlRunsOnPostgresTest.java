package dev.retort.templates;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQL in the golden revision files is real PostgreSQL: upgrade builds what it says, downgrade removes it. */
@ExtendWith(PostgresExtension.class)
class GoldenSqlRunsOnPostgresTest {

    @Test
    void theAddOrdersGoldenUpgradesAndDowngradesCleanly(TestDatabase database) {
        RevisionDocument document = GoldenDocuments.addOrders();

        database.execute(sql(document.upgrade()));

        assertThat(database.queryColumn("select column_name || ' ' || coalesce(column_default, '-') "
                + "from information_schema.columns where table_name = 'orders' order by ordinal_position"))
                .containsExactly("id -", "status 'NEW;'::character varying", "note 'it''s <b>'::text");
        assertThat(database.queryColumn("select col_description('public.orders'::regclass, 2)"))
                .containsExactly("lifecycle: NEW -> PAID; \"quoted\"");

        database.execute(sql(document.downgrade()));

        assertThat(database.queryColumn("select to_regclass('public.orders')")).containsExactly((String) null);
    }

    @Test
    void theFirstRevisionGoldenCreatesItsSchema(TestDatabase database) {
        database.execute(sql(GoldenDocuments.firstEmpty().upgrade()));

        assertThat(database.queryColumn("select nspname from pg_namespace where nspname = 'app'"))
                .containsExactly("app");
    }

    private static String[] sql(List<ScriptStatement> statements) {
        return statements.stream().map(ScriptStatement::sql).toArray(String[]::new);
    }
}
