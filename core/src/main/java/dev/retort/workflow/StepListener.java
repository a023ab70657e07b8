package dev.retort.workflow;

/** Hears how long each step of a workflow took (printed with {@code --verbose}). */
@FunctionalInterface
public interface StepListener {

    StepListener SILENT = (step, millis) -> { };

    void finished(String step, long millis);

    /** A step begins (for progress shown while it runs). */
    default void started(String step) {
    }

    /** A fact about how a step went, worth a line with {@code --verbose} (which Hibernate scanned the entities). */
    default void note(String line) {
    }

    /** This listener hearing every step under a name with a prefix ({@code history-} for the history's replay). */
    default StepListener prefixed(String prefix) {
        StepListener outer = this;
        return new StepListener() {
            @Override
            public void finished(String step, long millis) {
                outer.finished(prefix + step, millis);
            }

            @Override
            public void started(String step) {
                outer.started(prefix + step);
            }

            @Override
            public void note(String line) {
                outer.note(line);
            }
        };
    }

    /** A piece of work that may fail with one checked exception type. */
    @FunctionalInterface
    interface Step<T, E extends Exception> {
        T run() throws E;
    }

    /** Runs a step and reports its time, also when it fails. */
    default <T, E extends Exception> T time(String step, Step<T, E> work) throws E {
        started(step);
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            finished(step, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
