package dev.retort.revisions;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** The statements the splitter cuts are the statements PostgreSQL reads: each runs, and means what it says. */
@ExtendWith(PostgresExtension.class)
class SplitterAgreesWithPostgresTest {

    @Test
    void trickyQuotingSplitsIntoStatementsPostgresRunsAsWritten(TestDatabase database) throws Exception {
        Script script = Script.parse("""
                CREATE TABLE "odd;""name" (v text);
                INSERT INTO "odd;""name" VALUES ('a;b'), ('it''s;'), (E'back\\';slash'), (e'\\\\');
                /* a block; /* nested; */ comment */ INSERT INTO "odd;""name" VALUES ($q$dollar;$$;$q$);
                -- a comment; with a semicolon
                CREATE FUNCTION touch(x text) RETURNS text LANGUAGE plpgsql AS $body$
                DECLARE
                    result text;
                BEGIN
                    result := x || ';'; -- semicolon in a comment;
                    RETURN $$[$$ || result || $$]$$;
                END;
                $body$;
                CREATE FUNCTION sign_of(x int) RETURNS text LANGUAGE sql
                BEGIN ATOMIC
                    SELECT CASE WHEN x < 0 THEN 'minus;' ELSE 'plus;' END;
                END;
                CREATE RULE no_delete AS ON DELETE TO "odd;""name" DO INSTEAD (SELECT 1; SELECT 2);
                """);

        assertThat(script.size()).isEqualTo(6);
        run(database, script);

        assertThat(database.queryColumn("select v from \"odd;\"\"name\" order by v"))
                .containsExactlyInAnyOrder("a;b", "it's;", "back';slash", "\\", "dollar;$$;");
        assertThat(database.queryColumn("select touch('x')")).containsExactly("[x;]");
        assertThat(database.queryColumn("select sign_of(-1) || sign_of(1)")).containsExactly("minus;plus;");
        assertThat(database.queryColumn("select count(*) from pg_rules where rulename = 'no_delete'"))
                .containsExactly("1");
    }

    private static void run(TestDatabase database, Script script) throws Exception {
        try (Connection connection = database.connect()) {
            connection.setAutoCommit(false);
            ScriptRunner.run(connection, Path.of("tricky.sql"), script);
            connection.commit();
        }
    }
}
