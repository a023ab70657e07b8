package dev.retort.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PostgresServerTest {

    @Test
    void eachTestGetsItsOwnEmptyDatabaseThatIsDroppedAfterwards(TestDatabase database) {
        assertThat(database.queryColumn("select current_database()")).containsExactly(database.name());
        assertThat(database.queryColumn(
                "select count(*) from pg_tables where schemaname not in ('pg_catalog','information_schema')"))
                .containsExactly("0");
        TestDatabase other = PostgresServer.get().createDatabase();
        other.close();
        assertThat(database.queryColumn("select count(*) from pg_database where datname = '" + other.name() + "'"))
                .containsExactly("0");
    }

    @Test
    void aDatabaseUrlKeepsTheServerAndSwapsOnlyTheDatabase() {
        PostgresServer server = PostgresServer.of("jdbc:postgresql://db:6543/admin?ssl=false", "u", "p", "x");
        assertThat(server.urlFor("other")).isEqualTo("jdbc:postgresql://db:6543/other?ssl=false");
    }
}
