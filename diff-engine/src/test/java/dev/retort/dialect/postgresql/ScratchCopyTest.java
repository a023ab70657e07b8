package dev.retort.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.reflect.PostgresReflector;
import dev.retort.reflect.ReflectionScope;
import dev.retort.schema.EnumType;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scratch database that got {@link ScratchCopy}'s copy normalizes exactly as the database itself, and
 * {@link ScratchProbe} names what keeps a database from holding the normalizer's scratch schema.
 */
@ExtendWith(PostgresExtension.class)
class ScratchCopyTest {

    private final PostgresReflector reflector = new PostgresReflector();

    @Test
    void aScratchDatabaseWithTheCopyNormalizesAsTheDatabaseItself(TestDatabase database, TestDatabase scratch)
            throws Exception {
        database.execute("CREATE EXTENSION citext", "CREATE SCHEMA sales",
                "CREATE TYPE sales.mood AS ENUM ('sad', 'ok', 'happy')",
                "CREATE CAST (varchar AS sales.mood) WITH INOUT AS IMPLICIT",
                "CREATE DOMAIN public.positive_int AS integer CHECK (VALUE > 0)",
                "CREATE SEQUENCE sales.order_no START 100",
                // A body naming a table not made yet, as in a dump, and that the scratch database never has.
                "SET check_function_bodies = off", "CREATE FUNCTION sales.next_code() RETURNS text LANGUAGE sql"
                        + " AS $$ SELECT 'O-' || count(*) FROM sales.orders $$",
                "CREATE TABLE sales.orders (id bigint DEFAULT nextval('sales.order_no') PRIMARY KEY,"
                        + " mood sales.mood DEFAULT 'ok', email citext, size positive_int,"
                        + " code text DEFAULT sales.next_code(),"
                        + " CONSTRAINT cheerful CHECK (mood <> 'sad' AND size < 100 AND email <> ''"
                        + " AND code <> sales.next_code()))");
        try (Connection source = database.connect(); Connection target = scratch.connect()) {
            SchemaModel current = reflector.reflect(source, ReflectionScope.of("public", "sales"));
            PostgresNormalizer.Normalized inPlace = new PostgresNormalizer().normalize(source, current, current,
                    "public");

            ScratchCopy copy = ScratchCopy.copy(source, current, target);

            assertThat(copy.notCopied()).isEmpty();
            assertThat(new PostgresNormalizer().normalize(target, current, current, "public")).isEqualTo(inPlace);
        }
    }

    @Test
    void theProbeNamesWhatKeepsTheScratchSchemaOut(TestDatabase database) throws Exception {
        database.execute("CREATE SCHEMA sales");
        SchemaModel enumInSales = SchemaModel.empty("sales").withEnumTypes(List.of(
                new EnumType(QualifiedName.of("sales", "mood"), List.of("ok"), false)));
        try (Connection owner = database.connect()) {
            assertThat(ScratchProbe.refusal(owner, enumInSales)).isEmpty();
            try (Statement statement = owner.createStatement()) {
                statement.execute("SET default_transaction_read_only = on");
            }
            assertThat(ScratchProbe.refusal(owner, enumInSales))
                    .contains("the session is read-only (default_transaction_read_only=on)");
            owner.setReadOnly(true);
            assertThat(ScratchProbe.refusal(owner, enumInSales))
                    .contains("the connection is read-only (readOnly=true)");
        }
        String role = "retort_ro_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        database.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'probe'",
                "REVOKE CREATE ON DATABASE " + database.name() + " FROM PUBLIC");
        try (Connection user = DriverManager.getConnection(database.url(), role, "probe")) {
            assertThat(ScratchProbe.refusal(user, enumInSales))
                    .contains("user " + role + " has no CREATE on database " + database.name());
            database.execute("GRANT CREATE ON DATABASE " + database.name() + " TO " + role);
            assertThat(ScratchProbe.refusal(user, enumInSales))
                    .contains("user " + role + " has no CREATE on schema sales");
            assertThat(ScratchProbe.refusal(user, SchemaModel.empty())).isEqualTo(Optional.empty());
        } finally {
            database.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }
}
