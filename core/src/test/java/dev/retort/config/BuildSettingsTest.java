package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project a build declares (the Maven plugin): the environment over the build's declared settings over
 * retort.properties over the build's defaults over the application's settings; no retort.properties needed.
 */
class BuildSettingsTest {

    private static final String IN_POM = "the <properties> of retort-maven-plugin in pom.xml";

    @Test
    void aBuildNeedsNoRetortPropertiesItsDefaultsNameTheEntitiesAndTheDatabaseIsEmbedded(@TempDir Path dir)
            throws Exception {
        BuildSettings build = new BuildSettings(Map.of(), IN_POM, Map.of("entities.packages", "com.example.shop",
                "entities.classpath", dir.resolve("target/classes").toString()));

        RetortConfig config = ConfigLoader.load(dir.resolve("retort.properties"), build, Map.of());

        assertThat(config.entities().packages()).containsExactly("com.example.shop");
        assertThat(config.entities().classpath()).containsExactly(dir.resolve("target/classes"));
        assertThat(config.database().isEmbedded()).isTrue();
        assertThat(config.versionsDirectory()).isEqualTo(dir.resolve("migrations/versions"));
    }

    @Test
    void declaredOverTheFileOverTheDefaultsAndTheEnvironmentOverAll(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("retort.properties"), """
                entities.packages=from.file
                script.location=db
                database.url=jdbc:postgresql://file/db
                """);
        BuildSettings build = new BuildSettings(Map.of("database.url", "jdbc:postgresql://pom/db",
                "database.user", "pom-user"), IN_POM, Map.of("entities.packages", "from.build",
                "version.table", "public.from_build"));

        RetortConfig fromBuild = ConfigLoader.load(dir.resolve("retort.properties"), build, Map.of());
        RetortConfig fromEnvironment = ConfigLoader.load(dir.resolve("retort.properties"), build,
                Map.of("RETORT_DATABASE_URL", "jdbc:postgresql://env/db"));

        assertThat(fromBuild.database().url()).isEqualTo("jdbc:postgresql://pom/db");
        assertThat(fromBuild.database().user()).isEqualTo("pom-user");
        assertThat(fromBuild.entities().packages()).containsExactly("from.file");
        assertThat(fromBuild.scriptLocation()).isEqualTo(dir.resolve("db"));
        assertThat(fromBuild.versionTable().name()).isEqualTo("from_build");
        assertThat(fromEnvironment.database().url()).isEqualTo("jdbc:postgresql://env/db");
    }

    @Test
    void theBuildsClasspathWinsOverTheOutputDirectoryASpringBootApplicationsSettingsGuess(@TempDir Path dir)
            throws Exception {
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"),
                "spring.datasource.url=jdbc:postgresql://localhost:5432/shop\n");
        Files.createDirectories(dir.resolve("target/classes"));
        Path jar = dir.resolve("spring-data-jpa.jar");
        BuildSettings build = new BuildSettings(Map.of(), IN_POM, Map.of("entities.classpath",
                dir.resolve("target/classes") + java.io.File.pathSeparator + jar));

        RetortConfig config = ConfigLoader.load(dir.resolve("retort.properties"), build, Map.of());

        assertThat(config.entities().classpath()).isEqualTo(List.of(dir.resolve("target/classes"), jar));
        assertThat(config.database().url()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
    }

    @Test
    void anUnknownDeclaredKeyIsOneLineNamingWhereItIs(@TempDir Path dir) {
        BuildSettings build = new BuildSettings(Map.of("database.uri", "jdbc:postgresql://pom/db"), IN_POM,
                Map.of());

        assertThatThrownBy(() -> ConfigLoader.load(dir.resolve("retort.properties"), build, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("unknown key 'database.uri' in " + IN_POM + "; known keys: ");
    }
}
