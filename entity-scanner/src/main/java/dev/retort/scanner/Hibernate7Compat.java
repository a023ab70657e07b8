package dev.retort.scanner;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.generator.Generator;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.jpa.boot.spi.PersistenceXmlParser;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.GeneratorSettings;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Table;

/** Hibernate 7.0 to 7.4: the API the scanner is compiled against. */
final class Hibernate7Compat implements HibernateCompat {

    @Override
    public String catalogOf(Namespace namespace) {
        return namespace.getPhysicalName().catalog() == null ? null : namespace.getPhysicalName().catalog().toString();
    }

    @Override
    public String schemaOf(Namespace namespace) {
        return namespace.getPhysicalName().schema() == null ? null : namespace.getPhysicalName().schema().toString();
    }

    @Override
    public String optionsOf(Table table) {
        return table.getOptions();
    }

    @Override
    public String optionsOf(Column column) {
        return column.getOptions();
    }

    @Override
    public Generator createGenerator(HibernateBoot boot, RootClass root) {
        return root.getIdentifier().createGenerator(boot.dialect(), root, root.getIdentifierProperty(),
                generatorSettings(boot));
    }

    /** What Hibernate gives a generator it creates: the default catalog and schema, and the name context. */
    private static GeneratorSettings generatorSettings(HibernateBoot boot) {
        SqlStringGenerationContext context = boot.sqlContext();
        return new GeneratorSettings() {
            @Override
            public String getDefaultCatalog() {
                return context.getDefaultCatalog() == null ? null : context.getDefaultCatalog().render(boot.dialect());
            }

            @Override
            public String getDefaultSchema() {
                return context.getDefaultSchema() == null ? null : context.getDefaultSchema().render(boot.dialect());
            }

            @Override
            public SqlStringGenerationContext getSqlStringGenerationContext() {
                return context;
            }
        };
    }

    @Override
    public Map<String, PersistenceUnitDescriptor> persistenceUnits(URL persistenceXml, ClassLoader loader) {
        return PersistenceXmlParser.create(Map.of(), loader, null).parse(List.of(persistenceXml));
    }
}
