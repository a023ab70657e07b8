package dev.retort.scanner;

import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Hibernate's boot metadata for a set of managed classes, built without a database: the mapping as Hibernate
 * decided it (names, types, keys, generators), plus the dialect and the name-formatting context its DDL uses.
 * Closing it destroys the service registries.
 */
final class HibernateBoot implements AutoCloseable {

    /** What Hibernate reads: the managed classes, annotated packages and mapping files. */
    record Sources(List<Class<?>> managedClasses, List<String> annotatedPackages, List<String> mappingFiles) {
    }

    private final StandardServiceRegistry registry;
    private final Metadata metadata;
    private final HibernateCompat compat = HibernateCompat.ofLoadedHibernate();

    private HibernateBoot(StandardServiceRegistry registry, Metadata metadata) {
        this.registry = registry;
        this.metadata = metadata;
    }

    /**
     * Boots Hibernate over the user's class loader: it goes to Hibernate's ClassLoaderService, so naming
     * strategies, types and converters named in settings are loaded from the user's classpath.
     */
    static HibernateBoot boot(ClassLoader loader, Map<String, Object> settings, Sources sources) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = null;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
            MetadataSources metadataSources = new MetadataSources(registry);
            sources.managedClasses().forEach(metadataSources::addAnnotatedClass);
            sources.annotatedPackages().forEach(metadataSources::addPackage);
            sources.mappingFiles().forEach(metadataSources::addResource);
            return new HibernateBoot(registry, metadataSources.buildMetadata());
        } catch (RuntimeException | LinkageError problem) {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            } else {
                BootstrapServiceRegistryBuilder.destroy(bootstrap);
            }
            throw problem;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    Metadata metadata() {
        return metadata;
    }

    StandardServiceRegistry registry() {
        return registry;
    }

    Dialect dialect() {
        return metadata.getDatabase().getDialect();
    }

    /** The settings as Hibernate resolved them (the caller's plus its defaults). */
    Map<String, Object> settings() {
        return registry.requireService(ConfigurationService.class).getSettings();
    }

    /** The context Hibernate's own schema creator formats names with: it applies the default schema. */
    SqlStringGenerationContext sqlContext() {
        return SqlStringGenerationContextImpl.fromConfigurationMap(
                registry.requireService(JdbcEnvironment.class), metadata.getDatabase(), settings());
    }

    /** The shims for the API differences of the Hibernate version booted. */
    HibernateCompat compat() {
        return compat;
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }
}
