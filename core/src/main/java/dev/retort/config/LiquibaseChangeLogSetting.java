package dev.retort.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code liquibase.change-log}: the master changelog as Liquibase names it, relative to its search path (retort's
 * {@code script.location}, by default {@code src/main/resources}, where Spring Boot and Quarkus look). Spring Boot's
 * {@code classpath:} prefix is dropped, so the value of {@code spring.liquibase.change-log} works as it is. Unset, it
 * is the master that exists where Spring Boot ({@code db/changelog/db.changelog-master.*}) or Quarkus
 * ({@code db/changeLog.xml}) looks by default, else Spring Boot's default, {@code db/changelog/db.changelog-master.yaml},
 * which retort creates on its first revision.
 */
final class LiquibaseChangeLogSetting {

    static final String DEFAULT_SEARCH_PATH = "src/main/resources";
    /** Spring Boot's default master first, then its other spellings, then Quarkus's default. */
    private static final List<String> MASTERS = List.of("db/changelog/db.changelog-master.yaml",
            "db/changelog/db.changelog-master.yml", "db/changelog/db.changelog-master.xml",
            "db/changelog/db.changelog-master.json", "db/changelog/db.changelog-master.sql", "db/changeLog.xml");

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
        for (String master : MASTERS) {
            if (Files.isRegularFile(searchPath.resolve(master))) {
                return master;
            }
        }
        return MASTERS.get(0);
    }
}
