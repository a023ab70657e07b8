package dev.retort.config;

import java.util.Objects;

/**
 * One configuration value and where it came from ({@code src/main/resources/application.yml: spring.datasource.url},
 * {@code environment RETORT_DATABASE_URL}, {@code Spring Boot's default}), so that {@code --verbose} can say why a
 * setting has the value it has.
 */
public record Setting(String value, String origin) {

    public Setting {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }
}
