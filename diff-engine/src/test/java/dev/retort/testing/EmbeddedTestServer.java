package dev.retort.testing;

import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.EmbeddedPostgresException;
import dev.retort.embedded.EmbeddedSettings;
import java.util.List;

/**
 * retort's own embedded PostgreSQL (module {@code embedded}), kept in its own class so that its classes load only
 * when no other server answered (a module without it on its test class path fails at this class, loudly). Started once per JVM; it stops and removes its files when the JVM exits.
 */
final class EmbeddedTestServer {

    private EmbeddedTestServer() {
    }

    static PostgresServer start(List<String> tried) {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.start(EmbeddedSettings.defaults());
            EmbeddedPostgres.Startup startup = server.startup();
            return PostgresServer.of(server.jdbcUrl("postgres"), server.user(), "", "embedded PostgreSQL "
                    + server.version() + " (started in " + startup.totalMillis() + " ms)");
        } catch (EmbeddedPostgresException e) {
            tried.add("embedded PostgreSQL: " + e.getMessage());
            return null;
        }
    }
}
