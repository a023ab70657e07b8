package dev.retort.embedded.testing;

import dev.retort.embedded.EmbeddedPostgres;
import dev.retort.embedded.EmbeddedPostgresException;
import dev.retort.embedded.EmbeddedSettings;
import java.nio.file.Path;

/**
 * A JVM that starts an embedded server and holds it until it is signalled, for tests that interrupt real
 * processes. Arguments: the cache directory, optionally the PostgreSQL version. Prints {@code starting PID},
 * then {@code ready SERVER_PID DATA_DIRECTORY} or {@code failed MESSAGE} (exit 3).
 */
public final class ServerHolder {

    private ServerHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("starting " + ProcessHandle.current().pid());
        System.out.flush();
        EmbeddedSettings settings = new EmbeddedSettings(args.length > 1 ? args[1] : "", Path.of(args[0]));
        try (EmbeddedPostgres server = EmbeddedPostgres.start(settings)) {
            System.out.println("ready " + server.pid() + " " + server.dataDirectory());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        } catch (EmbeddedPostgresException e) {
            System.out.println("failed " + e.getMessage());
            System.exit(3);
        }
    }
}
