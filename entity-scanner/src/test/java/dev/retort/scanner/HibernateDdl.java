package dev.retort.scanner;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own {@code create} script for a source, as {@code jakarta.persistence.schema-generation.scripts}
 * writes it with the scan's settings (so default schema and namespace creation apply, which
 * {@code SchemaCreatorImpl.generateCreationCommands} ignores), from a boot of its own so that nothing the scan
 * does can leak into it.
 */
final class HibernateDdl {

    private HibernateDdl() {
    }

    static List<String> creationCommands(EntitySource source, Map<String, String> settings) throws EntityScanException {
        return new EntityScanner().withMetadata(source, settings, new ArrayList<>(), boot -> {
            StringWriter script = new StringWriter();
            Map<String, Object> options = new HashMap<>(boot.settings());
            options.put("jakarta.persistence.schema-generation.scripts.action", "create");
            options.put("jakarta.persistence.schema-generation.scripts.create-target", script);
            options.put("jakarta.persistence.schema-generation.database.action", "none");
            options.put("hibernate.hbm2ddl.delimiter", ";");
            options.put("hibernate.format_sql", "false");
            SchemaManagementToolCoordinator.process(boot.metadata(), boot.registry(), options, null);
            return Arrays.stream(script.toString().split(";\\R")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
        });
    }
}
