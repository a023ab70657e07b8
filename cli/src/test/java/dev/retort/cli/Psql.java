package dev.retort.cli;

import dev.retort.testing.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a SQL file with PostgreSQL's own psql, as a DBA runs retort's offline SQL: {@code -v ON_ERROR_STOP=1 -f}. */
final class Psql {

    private Psql() {
    }

    static CliResult runFile(TestDatabase database, Path script) throws IOException, InterruptedException {
        URI uri = URI.create(database.url().substring("jdbc:".length()));
        String path = uri.getPath().substring(1);
        List<String> command = List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", uri.getHost(), "-p",
                String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), "-U", database.user(), "-d", path, "-f",
                script.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PGPASSWORD", database.password());
        Path out = Files.createTempFile("psql-out", ".txt");
        Path err = Files.createTempFile("psql-err", ".txt");
        try {
            Process process;
            try {
                process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            } catch (IOException e) {
                throw new IllegalStateException("the offline SQL tests run psql, PostgreSQL's client: install it "
                        + "(e.g. apt-get install postgresql-client)", e);
            }
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("psql did not end within 120 s");
            }
            return new CliResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
