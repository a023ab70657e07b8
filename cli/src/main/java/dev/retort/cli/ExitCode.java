package dev.retort.cli;

/** retort's exit codes, as the README documents them. */
public final class ExitCode {
    /** The command did what was asked; {@code check}: the entities and the database agree. */
    public static final int OK = 0;
    /** {@code check}: the entities and the database differ (each difference is printed). */
    public static final int DRIFT = 1;
    /** The command line was wrong (unknown option, missing argument). */
    public static final int USAGE = 2;
    /** The command failed; one line on stderr says what and what to do. Nothing was half-applied. */
    public static final int ERROR = 3;
    /** {@code check}/{@code revision --autogenerate}: the database is not at the revision directory's heads. */
    public static final int NOT_UP_TO_DATE = 4;
    /** An applied revision's file was edited since it was applied ({@code check}; refused by upgrade/downgrade). */
    public static final int CHANGED = 5;
    /** The revision directory has several heads where one is needed ({@code check}, {@code upgrade head}, ...). */
    public static final int MULTIPLE_HEADS = 6;
    /** The database records revisions the directory cannot explain: unknown ids, or applied without a parent. */
    public static final int DIVERGED = 7;
    /** Another retort process held the version table's lock for longer than {@code migration.lock_wait}. */
    public static final int LOCKED = 8;
    /**
     * {@code lint}, and {@code check} when it otherwise passes: a lint finding that no {@code -- retort:lint-ignore}
     * accepts (each is printed with its reason and fix).
     */
    public static final int LINT = 9;

    /**
     * SIGINT (Ctrl-C) stopped upgrade/downgrade: the running revision was cancelled and rolled back, the lock
     * released; one line says where the database stays. 128 + the signal's number, as a shell reports it.
     */
    public static final int INTERRUPTED = 130;
    /** SIGTERM stopped upgrade/downgrade, with the same rollback and line as {@link #INTERRUPTED}. */
    public static final int TERMINATED = 143;

    /** The code for a signal's number: 128 + the number, as a shell reports a process the signal ended. */
    static int forSignal(int number) {
        return 128 + number;
    }

    private ExitCode() {
    }
}
