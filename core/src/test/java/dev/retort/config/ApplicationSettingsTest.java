package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spring Boot's and Quarkus's settings, read from the application's own files, under retort's own. */
class ApplicationSettingsTest {

    private static final String SPRING_YAML = """
            spring:
              datasource:
                url: jdbc:postgresql://localhost:5432/shop
                username: shop
                password: ${SHOP_DB_PASSWORD:yaml-secret}
              jpa:
                properties:
                  hibernate:
                    default_schema: sales
              flyway:
                locations:
                  - classpath:db/migration
                  - filesystem:sql
            """;

    @Test
    void springBootDatasourceAndBootsNamingDefaultsComeFromApplicationYml(@TempDir Path dir) throws Exception {
        resources(dir, "application.yml", SPRING_YAML);

        RetortConfig config = ConfigLoader.load(dir.resolve("retort.properties"), Map.of());

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(config.database().user()).isEqualTo("shop");
        assertThat(config.database().password()).isEqualTo("yaml-secret");
        assertThat(config.hibernateSettings()).containsEntry("hibernate.default_schema", "sales")
                .containsEntry("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy")
                .containsEntry("hibernate.implicit_naming_strategy",
                        "dev.retort.scanner.SpringBootImplicitNamingStrategy");
        assertThat(config.defaultSchema()).isEqualTo("sales");
        assertThat(ConfigLoader.values(dir.resolve("retort.properties"), Map.of()))
                .containsEntry("flyway.locations", "classpath:db/migration,filesystem:sql")
                .containsEntry("settings.from", "spring-boot");
    }

    @Test
    void placeholdersReadTheEnvironmentFirstAndTheirDefaultOtherwise(@TempDir Path dir) throws Exception {
        resources(dir, "application.yml", SPRING_YAML);

        RetortConfig config = ConfigLoader.load(dir.resolve("retort.properties"),
                Map.of("SHOP_DB_PASSWORD", "from-env"));

        assertThat(config.database().password()).isEqualTo("from-env");
    }

    @Test
    void aProfileFileOverridesTheBaseFileAndSpringProfilesActiveChoosesIt(@TempDir Path dir) throws Exception {
        resources(dir, "application.yml", SPRING_YAML);
        resources(dir, "application-staging.yml", "spring.datasource.url: jdbc:postgresql://staging:5432/shop\n");
        Path file = dir.resolve("retort.properties");

        assertThat(ConfigLoader.load(file, Map.of("SPRING_PROFILES_ACTIVE", "staging")).database().url())
                .isEqualTo("jdbc:postgresql://staging:5432/shop");
        assertThat(ConfigLoader.load(file, Map.of("RETORT_PROFILE", "staging")).database().url())
                .isEqualTo("jdbc:postgresql://staging:5432/shop");
        assertThat(ConfigLoader.load(file, Map.of()).database().url())
                .isEqualTo("jdbc:postgresql://localhost:5432/shop");
    }

    @Test
    void aYamlDocumentForAProfileCountsOnlyForThatProfile(@TempDir Path dir) throws Exception {
        resources(dir, "application.yml", SPRING_YAML + """
                ---
                spring:
                  config.activate.on-profile: ci
                  datasource.url: jdbc:postgresql://ci:5432/shop
                """);
        Path file = dir.resolve("retort.properties");

        assertThat(ConfigLoader.load(file, Map.of()).database().url()).endsWith("//localhost:5432/shop");
        assertThat(ConfigLoader.load(file, Map.of("RETORT_PROFILE", "ci")).database().url())
                .endsWith("//ci:5432/shop");
    }

    @Test
    void springsOwnImplicitStrategyIsNamedWhenTheEntitiesClasspathCarriesIt(@TempDir Path dir) throws Exception {
        resources(dir, "application.yml", SPRING_YAML);
        Path lib = Files.createDirectories(dir.resolve("lib/org/springframework/boot/orm/jpa/hibernate"));
        Files.write(lib.resolve("SpringImplicitNamingStrategy.class"), new byte[0]);
        Path file = dir.resolve("retort.properties");
        Files.writeString(file, "entities.classpath=lib\n");

        assertThat(ConfigLoader.load(file, Map.of()).hibernateSettings()).containsEntry(
                "hibernate.implicit_naming_strategy",
                "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");
    }

    @Test
    void anExplicitBootNamingStrategyWinsOverTheDefault(@TempDir Path dir) throws Exception {
        resources(dir, "application.properties", """
                spring.datasource.url=jdbc:postgresql://localhost/app
                spring.jpa.hibernate.naming.physical-strategy=org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl
                spring.jpa.properties.hibernate.implicit_naming_strategy=legacy-jpa
                """);

        Map<String, String> hibernate = ConfigLoader.load(dir.resolve("retort.properties"), Map.of())
                .hibernateSettings();

        assertThat(hibernate).containsEntry("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")
                .containsEntry("hibernate.implicit_naming_strategy", "legacy-jpa");
    }

    @Test
    void retortsEnvironmentWinsOverRetortPropertiesWhichWinsOverTheApplication(@TempDir Path dir)
            throws Exception {
        resources(dir, "application.yml", SPRING_YAML);
        Path file = dir.resolve("retort.properties");
        Files.writeString(file, "database.user=\nhibernate.default_schema=audit\ndatabase.url=jdbc:postgresql://"
                + "file:5432/shop\n");

        RetortConfig fileOverApplication = ConfigLoader.load(file, Map.of());
        assertThat(fileOverApplication.database().url()).isEqualTo("jdbc:postgresql://file:5432/shop");
        assertThat(fileOverApplication.database().user()).as("an empty value leaves the application's in force")
                .isEqualTo("shop");
        assertThat(fileOverApplication.defaultSchema()).isEqualTo("audit");

        RetortConfig environmentOverAll = ConfigLoader.load(file, Map.of("RETORT_DATABASE_URL",
                "jdbc:postgresql://env:5432/shop", "RETORT_HIBERNATE_DEFAULT_SCHEMA", "ops"));
        assertThat(environmentOverAll.database().url()).isEqualTo("jdbc:postgresql://env:5432/shop");
        assertThat(environmentOverAll.defaultSchema()).isEqualTo("ops");
    }

    @Test
    void springsOwnEnvironmentFormOfAKeyWinsOverItsFileAsInSpring(@TempDir Path dir) throws Exception {
        resources(dir, "application.yml", SPRING_YAML);

        RetortConfig config = ConfigLoader.load(dir.resolve("retort.properties"),
                Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://prod:5432/shop"));

        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://prod:5432/shop");
    }

    @Test
    void quarkusProfileKeysOverrideAndHibernatesOwnNamingIsItsDefault(@TempDir Path dir) throws Exception {
        resources(dir, "application.properties", """
                quarkus.datasource.jdbc.url=jdbc:postgresql://prod-db:5432/orders
                quarkus.datasource.username=orders
                %dev.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:5432/orders_dev
                %dev.quarkus.datasource.password=dev-secret
                quarkus.hibernate-orm.database.default-schema=orders
                quarkus.hibernate-orm.packages=com.example.orders
                quarkus.hibernate-orm.unsupported-properties."hibernate.type.preferred_uuid_jdbc_type"=CHAR
                quarkus.liquibase.change-log=db/changeLog.xml
                """);
        Path file = dir.resolve("retort.properties");

        RetortConfig prod = ConfigLoader.load(file, Map.of());
        assertThat(prod.database().url()).isEqualTo("jdbc:postgresql://prod-db:5432/orders");
        assertThat(prod.database().password()).isEmpty();
        assertThat(prod.entities().packages()).containsExactly("com.example.orders");
        assertThat(prod.hibernateSettings()).containsEntry("hibernate.default_schema", "orders")
                .containsEntry("hibernate.type.preferred_uuid_jdbc_type", "CHAR")
                .containsEntry("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl");

        RetortConfig dev = ConfigLoader.load(file, Map.of("QUARKUS_PROFILE", "dev"));
        assertThat(dev.database().url()).isEqualTo("jdbc:postgresql://localhost:5432/orders_dev");
        assertThat(dev.database().user()).isEqualTo("orders");
        assertThat(dev.database().password()).isEqualTo("dev-secret");
        assertThat(ConfigLoader.values(file, Map.of())).containsEntry("liquibase.change-log", "db/changeLog.xml")
                .containsEntry("settings.from", "quarkus").containsEntry("retort.profile", "prod");
    }

    @Test
    void quarkusYamlWithAProfileSectionIsFlattenedToPercentKeys(@TempDir Path dir) throws Exception {
        resources(dir, "application.yaml", """
                quarkus:
                  datasource:
                    jdbc.url: jdbc:postgresql://prod-db/orders
                "%dev":
                  quarkus:
                    datasource:
                      jdbc.url: jdbc:postgresql://localhost/orders_dev
                """);

        assertThat(ConfigLoader.load(dir.resolve("retort.properties"), Map.of("RETORT_PROFILE", "dev"))
                .database().url()).isEqualTo("jdbc:postgresql://localhost/orders_dev");
    }

    @Test
    void springPrefersPropertiesToYamlAndQuarkusYamlToProperties(@TempDir Path dir) throws Exception {
        resources(dir, "application.yml", "spring.datasource.url: jdbc:postgresql://yaml/app\n");
        resources(dir, "application.properties", """
                spring.datasource.url=jdbc:postgresql://properties/app
                #---
                spring.config.activate.on-profile=ci
                spring.datasource.url=jdbc:postgresql://ci/app
                """);
        Path file = dir.resolve("retort.properties");
        assertThat(ConfigLoader.load(file, Map.of()).database().url()).isEqualTo("jdbc:postgresql://properties/app");
        assertThat(ConfigLoader.load(file, Map.of("RETORT_PROFILE", "ci")).database().url())
                .isEqualTo("jdbc:postgresql://ci/app");

        resources(dir, "application.yml", "quarkus.datasource.jdbc.url: jdbc:postgresql://yaml/app\n");
        resources(dir, "application.properties", "quarkus.datasource.jdbc.url=jdbc:postgresql://properties/app\n");
        assertThat(ConfigLoader.load(file, Map.of()).database().url()).isEqualTo("jdbc:postgresql://yaml/app");
    }

    @Test
    void settingsFromNoneReadsNothingAndAnUnknownFrameworkIsNamed(@TempDir Path dir) throws Exception {
        resources(dir, "application.yml", SPRING_YAML);
        Path file = dir.resolve("retort.properties");
        Files.writeString(file, "settings.from=none\n");

        assertThat(ConfigLoader.load(file, Map.of()).database().isEmbedded()).isTrue();
        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of("RETORT_SETTINGS_FROM", "micronaut")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("settings.from")
                .hasMessageContaining("micronaut").hasMessageContaining("spring-boot, quarkus, none");
    }

    @Test
    void aPlaceholderNothingResolvesIsAnErrorNamingItButNotItsNeighbours(@TempDir Path dir) throws IOException {
        resources(dir, "application.properties", """
                spring.datasource.url=jdbc:postgresql://${DB_HOST}/app
                server.port=${PORT}
                """);

        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("retort.properties"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("src/main/resources/application.properties: spring.datasource.url uses "
                        + "${DB_HOST}, which nothing sets");
    }

    @Test
    void verboseOriginsNameTheFileAndKeyAndNeverAPassword(@TempDir Path dir) throws Exception {
        resources(dir, "application.yml", SPRING_YAML);
        Map<String, String> environment = new HashMap<>(Map.of("RETORT_DATABASE_USER", "deploy"));

        List<String> lines = ConfigOrigins.describe(dir.resolve("retort.properties"), environment);

        assertThat(lines).contains(
                "database.url = jdbc:postgresql://localhost:5432/shop (src/main/resources/application.yml:"
                        + " spring.datasource.url)",
                "database.user = deploy (environment RETORT_DATABASE_USER)",
                "database.password = *** (src/main/resources/application.yml: spring.datasource.password)",
                "hibernate.physical_naming_strategy = org.hibernate.boot.model.naming."
                        + "CamelCaseToUnderscoresNamingStrategy (Spring Boot's default)",
                "flyway.locations = classpath:db/migration,filesystem:sql (src/main/resources/application.yml:"
                        + " spring.flyway.locations)");
        assertThat(String.join("\n", lines)).doesNotContain("yaml-secret");
    }

    private static void resources(Path project, String name, String text) throws IOException {
        Path directory = Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(directory.resolve(name), text);
    }
}
