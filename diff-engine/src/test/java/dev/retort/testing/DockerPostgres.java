package dev.retort.testing;

import java.util.List;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** Testcontainers, kept in its own class so that its classes load only when we look for Docker. */
final class DockerPostgres {

    private DockerPostgres() {
    }

    static PostgresServer startIfDockerAvailable(List<String> tried) {
        boolean available;
        try {
            available = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            tried.add("Testcontainers: " + e.getMessage());
            return null;
        }
        if (!available) {
            tried.add("Testcontainers: no Docker engine");
            return null;
        }
        // Started once per JVM; Testcontainers' reaper removes it when the JVM exits.
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15");
        container.start();
        return PostgresServer.of(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers " + container.getDockerImageName());
    }
}
