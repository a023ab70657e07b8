package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Login roles with exactly the privileges a test grants them on one test database, named
 * {@code retort_ro_<random>_<purpose>} so that no other role on the server is touched; {@link #close()} drops them.
 * The database's PUBLIC loses CREATE on the database and on schema public, so a role has only what it is given.
 */
final class DatabaseRoles implements AutoCloseable {

    static final String PASSWORD = "retort-ro";

    private final TestDatabase database;
    private final String prefix = "retort_ro_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    private final List<String> created = new ArrayList<>();

    DatabaseRoles(TestDatabase database) {
        this.database = database;
        database.execute("REVOKE CREATE ON DATABASE " + database.name() + " FROM PUBLIC",
                "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    }

    /** A role that can log in and do nothing else but what {@code grants} (with {@code %s} for the role) give. */
    String create(String purpose, String... grants) {
        String role = prefix + "_" + purpose;
        database.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
        created.add(role);
        for (String grant : grants) {
            database.execute(grant.replace("%s", role).replace("%db", database.name()));
        }
        return role;
    }

    /** CONNECT, USAGE on schema public and SELECT on every table there (the version table included). */
    String selectOnly() {
        return create("select", "GRANT CONNECT ON DATABASE %db TO %s", "GRANT USAGE ON SCHEMA public TO %s",
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s");
    }

    @Override
    public void close() {
        for (String role : created) {
            database.execute("DROP OWNED BY " + role, "DROP ROLE " + role);
        }
    }
}
