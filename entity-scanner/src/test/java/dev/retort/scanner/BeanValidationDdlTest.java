package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.retort.scanner.fixtures.validated.Club;
import dev.retort.scanner.fixtures.validated.Member;
import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.EquivalentSpellings;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.ReferenceCatalog;
import dev.retort.testing.TestDatabase;

/**
 * With a Bean Validation provider on the entities' classpath, Hibernate's DDL constrains the columns (NOT NULL from
 * {@code @NotNull} and {@code @NotBlank}, length from {@code @Size(max)}, precision and scale from {@code @Digits}, a
 * check from {@code @Min}/{@code @Max}) — but only when it builds a session factory. The reference here is exactly that: the
 * {@code create} script of a real session factory of Hibernate's, applied by PostgreSQL, against retort's scan
 * created by retort.
 */
@ExtendWith(PostgresExtension.class)
class BeanValidationDdlTest {

    @Test
    void aScanConstrainsTheColumnsAsHibernatesSessionFactoryDdlDoes(TestDatabase retort) throws Exception {
        List<String> hibernate = EquivalentSpellings.canonical(ReferenceCatalog.of(sessionFactoryDdl(Map.of()),
                List.of()));

        RetortCreates.model(retort, Fixtures.scan(Fixtures.VALIDATED).target());

        assertThat(EquivalentSpellings.canonical(CatalogSnapshot.of(retort))).isEqualTo(hibernate);
        // What Bean Validation added, so that the agreement cannot hold by both sides ignoring it:
        assertThat(String.join("\n", hibernate)).contains(
                "column public.member.name type=character varying(80) notnull=true",
                "column public.member.club_id type=bigint notnull=true",
                "column public.club.title type=character varying(60) notnull=true",
                "column public.member.balance type=numeric(10,2) notnull=false",
                // @Min and @Max join in the order of the provider's descriptor set, which varies between JVMs
                "constraint public.member.member_age_check CHECK (((age ", "(age >= 0)", "(age <= 150)");
    }

    @Test
    void validationModeNoneLeavesTheColumnsAsTheMappingSaysAsHibernateDoes(TestDatabase retort) throws Exception {
        Map<String, String> none = Map.of("jakarta.persistence.validation.mode", "none");
        List<String> hibernate = EquivalentSpellings.canonical(ReferenceCatalog.of(sessionFactoryDdl(none),
                List.of()));

        RetortCreates.model(retort, Fixtures.scan(none, Fixtures.VALIDATED).target());

        assertThat(EquivalentSpellings.canonical(CatalogSnapshot.of(retort))).isEqualTo(hibernate);
        assertThat(String.join("\n", hibernate)).contains(
                "column public.member.name type=character varying(255) notnull=false");
    }

    /** Hibernate's own create script, written while a session factory is built (no database is reached). */
    private static List<String> sessionFactoryDdl(Map<String, String> extra) {
        StringWriter script = new StringWriter();
        Map<String, Object> settings = new HashMap<>(extra);
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
        settings.put("jakarta.persistence.database-major-version", "15");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
        settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        settings.put("hibernate.format_sql", "false");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try (SessionFactory factory = new MetadataSources(registry).addAnnotatedClasses(Club.class, Member.class)
                .buildMetadata().buildSessionFactory()) {
            return Arrays.stream(script.toString().split(";\\R")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
