package dev.retort.testing;

/** Prints which server the test support chooses in this environment, or why none: for tests of that choice. */
final class PrintServerSource {

    private PrintServerSource() {
    }

    public static void main(String[] args) {
        try {
            System.out.println("source " + PostgresServer.get().source());
        } catch (IllegalStateException e) {
            System.out.println("failed " + e.getMessage());
        }
    }
}
