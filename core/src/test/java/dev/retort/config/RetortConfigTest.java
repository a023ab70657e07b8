package dev.retort.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.ComparePolicy;
import dev.retort.schema.QualifiedName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetortConfigTest {

    private static RetortConfig withHibernate(Map<String, String> settings) {
        return new RetortConfig(Path.of("."), new RetortConfig.DatabaseSettings("jdbc:postgresql://h/db", "u", "secret"),
                new RetortConfig.EntitySettings(List.of(), List.of(), null, null), Path.of("migrations"),
                QualifiedName.of("public", "retort_version"), settings, ComparePolicy.defaults());
    }

    @Test
    void theDefaultSchemaIsSpelledAsTheCatalogSpellsIt() {
        assertThat(withHibernate(Map.of()).defaultSchema()).isEqualTo("public");
        assertThat(withHibernate(Map.of("hibernate.default_schema", "Sales")).defaultSchema()).isEqualTo("sales");
        assertThat(withHibernate(Map.of("hibernate.default_schema", "\"Library Data\"")).defaultSchema())
                .isEqualTo("Library Data");
        assertThat(withHibernate(Map.of("hibernate.default_schema", "`Sales`")).defaultSchema()).isEqualTo("Sales");
        assertThat(withHibernate(Map.of("hibernate.default_schema", "Sales",
                "hibernate.globally_quoted_identifiers", "true")).defaultSchema()).isEqualTo("Sales");
    }

    @Test
    void thePasswordNeverAppearsInTheSettingsText() {
        assertThat(withHibernate(Map.of()).database().toString()).doesNotContain("secret").contains("***");
        assertThat(Redaction.url("jdbc:postgresql://h/db?user=u&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
    }
}
