package dev.retort.workflow;

/**
 * The revision history could not be replayed into a scratch database (an extension the scratch server lacks, a
 * revision that needs data, no embedded PostgreSQL on this machine): comparison goes on without it.
 */
final class HistoryUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    HistoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
