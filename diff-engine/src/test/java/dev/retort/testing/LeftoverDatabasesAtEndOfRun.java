package dev.retort.testing;

import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * At the end of a test run, drops the test databases this JVM created that no test dropped, and names them: a test
 * that forgets to close a {@link TestDatabase} leaves nothing on the shared server, and is noticed. Registered next
 * to {@link NeighbourForEachTestRun}.
 */
public final class LeftoverDatabasesAtEndOfRun implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        PostgresServer.ifChosen().ifPresent(server -> {
            List<String> left = server.dropLeftovers();
            if (!left.isEmpty()) {
                System.err.println("retort tests: " + left.size() + " test database(s) not dropped by their tests,"
                        + " dropped at the end of the run: " + String.join(", ", left));
            }
            server.dropKeptForTheRun();
        });
    }
}
