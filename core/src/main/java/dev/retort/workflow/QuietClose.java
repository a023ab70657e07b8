package dev.retort.workflow;

/** Closing what a scratch database needed, when a failure to close must not hide the result or the first error. */
final class QuietClose {

    private QuietClose() {
    }

    /**
     * Closes {@code closeable} (nothing when null) and swallows what closing throws: a scratch database that cannot be
     * dropped is named {@code retort_history_*} or {@code retort_normalize_*}, holds nothing of the user's, and an
     * embedded server dies with this process.
     */
    static void close(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // see above: nothing of the user's is at stake
        }
    }
}
