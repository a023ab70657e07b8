package dev.retort.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** retort names unnamed constraints exactly as PostgreSQL does; the server is the judge. */
@ExtendWith(PostgresExtension.class)
class PostgresNamesTest {

    @Test
    void shortNamesAreTableColumnsLabel() {
        Set<String> none = Set.of();
        assertThat(PostgresNames.primaryKey("customer", none::contains)).isEqualTo("customer_pkey");
        assertThat(PostgresNames.unique("order_line", List.of("order_id", "position"), none::contains))
                .isEqualTo("order_line_order_id_position_key");
        assertThat(PostgresNames.check("payment", List.of("status"), none::contains)).isEqualTo("payment_status_check");
        assertThat(PostgresNames.check("payment", List.of("a", "b"), none::contains)).isEqualTo("payment_check");
        assertThat(PostgresNames.primaryKey("t", Set.of("t_pkey")::contains)).isEqualTo("t_pkey1");
    }

    @Test
    void longAndMultibyteNamesAreCutLikeThePostgresServerCutsThem(TestDatabase database) {
        Random random = new Random(7);
        List<String[]> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String table = word(random, 1 + random.nextInt(70), i) ;
            String column = word(random, 1 + random.nextInt(70), i + 100);
            String other = word(random, 1 + random.nextInt(40), i + 200);
            cases.add(new String[] {table, column, other});
        }
        for (String[] names : cases) {
            String table = PostgresNames.clip(names[0], 63);
            String column = PostgresNames.clip(names[1], 63);
            String other = PostgresNames.clip(names[2], 63);
            if (column.equals(other)) {
                continue;
            }
            database.execute("CREATE TABLE " + PostgresIdentifiers.quote(table) + " ("
                    + PostgresIdentifiers.quote(column) + " integer PRIMARY KEY CHECK (" + PostgresIdentifiers.quote(column)
                    + " > 0), " + PostgresIdentifiers.quote(other) + " integer, UNIQUE (" + PostgresIdentifiers.quote(column)
                    + ", " + PostgresIdentifiers.quote(other) + "))");
            List<String> actual = database.queryColumn("SELECT conname FROM pg_constraint WHERE conrelid = '"
                    + PostgresIdentifiers.quote(table).replace("'", "''") + "'::regclass ORDER BY contype");
            Set<String> none = Set.of();
            assertThat(actual).as("names PostgreSQL chose for %s", table).containsExactlyInAnyOrder(
                    PostgresNames.primaryKey(table, none::contains),
                    PostgresNames.unique(table, List.of(column, other), none::contains),
                    PostgresNames.check(table, List.of(column), none::contains));
            database.execute("DROP TABLE " + PostgresIdentifiers.quote(table));
        }
    }

    private static String word(Random random, int length, int salt) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz_éü中";
        StringBuilder word = new StringBuilder("n" + salt + "_");
        while (word.length() < length) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
