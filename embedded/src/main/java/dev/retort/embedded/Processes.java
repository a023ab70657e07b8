package dev.retort.embedded;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Stops processes retort started, and waits until they are gone. */
final class Processes {

    private Processes() {
    }

    static void stop(Process process, ScratchDirectory.Stop how) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            if (how == ScratchDirectory.Stop.POSTGRES_IMMEDIATE && signal("QUIT", process.pid())
                    && process.waitFor(10, TimeUnit.SECONDS)) {
                return;
            }
            // initdb's own postgres children first, so that nothing writes into the directory afterwards
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** {@code kill -SIGNAL pid}; Java's Process API sends only TERM and KILL. */
    static boolean signal(String signal, long pid) throws InterruptedException {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
