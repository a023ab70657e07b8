package dev.retort.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code liquibase.change-log}: the master changelog as Liquibase names it, relative to its search path (retort's
 * {@code script.location}, by default {@code src/main/resources}, where Spring Boot and Quarkus look). Spring Boot's
 * {@code classpath:} prefix is dropped, so the value of {@code spring.liquibase.change-log} works as it is. Unset, it
 * is the master that exists in {@code db/changelog} (Spring Boot's place and name), else Spring Boot's default,
 * {@code db/changelog/db.changelog-master.yaml}, which retort creates on its first revision.
 */
final class LiquibaseChangeLogSetting {

    static final String DEFAULT_SEARCH_PATH = "src/main/resources";
    private static final String DEFAULT_DIRECTORY = "db/changelog";
    private static final List<String> MASTER_NAMES = List.of("db.changelog-master.yaml", "db.changelog-master.yml",
            "db.changelog-master.xml", "db.changelog-master.json", "db.changelog-master.sql");

    private LiquibaseChangeLogSetting() {
    }

    static String resolve(String configured, Path searchPath) {
        String path = configured.strip().replace('\\', '/');
        if (path.startsWith("classpath:")) {
            path = path.substring("classpath:".length());
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (!path.isEmpty()) {
            return path;
        }
        for (String name : MASTER_NAMES) {
            if (Files.isRegularFile(searchPath.resolve(DEFAULT_DIRECTORY).resolve(name))) {
                return DEFAULT_DIRECTORY + "/" + name;
            }
        }
        return DEFAULT_DIRECTORY + "/" + MASTER_NAMES.get(0);
    }
}
