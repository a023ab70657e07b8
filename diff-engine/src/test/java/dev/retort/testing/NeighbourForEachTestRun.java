package dev.retort.testing;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Puts a {@link NoisyNeighbour} on the test server for every test run (a JUnit Platform launcher session), so that
 * every {@code mvn verify} proves the tests observe only their own databases. Registered in this module's test
 * resources ({@code META-INF/services}), which the test-jar carries to every module whose tests use a
 * {@link TestDatabase}. Off with {@code -Dretort.test.neighbour=false}.
 *
 * <p>The neighbour moves in when the run first asks for the server ({@link PostgresServer#get()}), before the first
 * test database exists: a run that needs no database starts no server (no container, no embedded PostgreSQL) for it.
 * It moves out when the run ends.
 */
public final class NeighbourForEachTestRun implements LauncherSessionListener {

    static final String SWITCH = "retort.test.neighbour";

    private static boolean wanted;
    private static boolean hooked;
    /** Read without the class lock, so that the exit hook never waits for a thread stuck while moving in. */
    private static final AtomicReference<NoisyNeighbour> PRESENT = new AtomicReference<>();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        synchronized (NeighbourForEachTestRun.class) {
            wanted = enabled();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (NeighbourForEachTestRun.class) {
            wanted = false;
            moveOut();
        }
    }

    /** Whether this JVM wants a neighbour at all ({@code -Dretort.test.neighbour=false} says no). */
    static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(SWITCH, "true"));
    }

    /** The neighbour of the current run, once the run has asked for the server. */
    public static Optional<NoisyNeighbour> present() {
        return Optional.ofNullable(PRESENT.get());
    }

    /** Called with the server each time a test asks for it; the first call of a run moves the neighbour in. */
    static synchronized void serverChosen(PostgresServer server) {
        if (!wanted || PRESENT.get() != null) {
            return;
        }
        PRESENT.set(NoisyNeighbour.moveIn(server));
        if (!hooked) {
            // a JVM told to exit mid-run (a surefire timeout, Ctrl-C) still removes what the neighbour made
            Runtime.getRuntime().addShutdownHook(new Thread(NeighbourForEachTestRun::moveOut,
                    "retort-test-neighbour-exit"));
            hooked = true;
        }
    }

    private static void moveOut() {
        NoisyNeighbour leaving = PRESENT.getAndSet(null);
        if (leaving == null) {
            return;
        }
        try {
            leaving.close();
        } catch (RuntimeException e) {
            // the run's results stand; a failure here would only hide them behind a crashed-fork report
            System.err.println("retort tests: the noisy neighbour could not move out (" + e.getMessage()
                    + "); drop database " + leaving.database() + " by hand");
        }
    }
}
