package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A scan with the application's own Hibernate prints nothing of the application's libraries: an application whose
 * classpath has SLF4J 2 without a provider (a Spring Boot application's, handed over without logback) made SLF4J
 * warn on stderr as soon as a class of the application started it.
 */
class IsolatedScanIsQuietTest {

    @Test
    void slf4jWithoutAProviderOnTheApplicationsClasspathSaysNothing() throws Exception {
        HibernateVersions.Version hibernate = HibernateVersions.of("7.4");
        EntitySource source = EntitySource.ofPackages(hibernate.with(List.of(
                HibernateVersions.locationOf("org.slf4j.LoggerFactory"), Fixtures.testClasses())), Fixtures.SHOP);
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ScanResult result;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            result = new EntityScanner().scan(source, Map.of("hibernate.implicit_naming_strategy",
                    "dev.retort.scanner.fixtures.logging.LoggingNamingStrategy"));
        } finally {
            System.setErr(stderr);
        }

        assertThat(result.hibernateVersion()).isEqualTo(hibernate.version());
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(System.getProperty("slf4j.internal.verbosity")).as("left as it was found").isNull();
    }
}
