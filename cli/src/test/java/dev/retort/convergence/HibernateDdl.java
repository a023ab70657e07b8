package dev.retort.convergence;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own {@code create} script for a compiled model, from a boot that shares nothing with retort's: the
 * independent statement of what a model's schema is.
 */
final class HibernateDdl {

    private static final Map<String, Object> OFFLINE_POSTGRES = Map.of(
            "hibernate.boot.allow_jdbc_metadata_access", "false",
            "jakarta.persistence.database-product-name", "PostgreSQL",
            "jakarta.persistence.database-major-version", "15");

    private HibernateDdl() {
    }

    static List<String> createScript(Path classes) {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateDdl.class.getClassLoader())) {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader)
                    .build();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                    .applySettings(OFFLINE_POSTGRES).build();
            try {
                MetadataSources sources = new MetadataSources(registry);
                for (String name : classNames(classes)) {
                    sources.addAnnotatedClass(loader.loadClass(name));
                }
                StringWriter script = new StringWriter();
                Map<String, Object> options = new HashMap<>(OFFLINE_POSTGRES);
                options.put("jakarta.persistence.schema-generation.scripts.action", "create");
                options.put("jakarta.persistence.schema-generation.scripts.create-target", script);
                options.put("jakarta.persistence.schema-generation.database.action", "none");
                options.put("hibernate.hbm2ddl.delimiter", ";");
                options.put("hibernate.hbm2ddl.create_namespaces", "true");
                SchemaManagementToolCoordinator.process(sources.buildMetadata(), registry, options, null);
                return Arrays.stream(script.toString().split(";\\R")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> classNames(Path classes) throws IOException {
        Path root = classes.resolve(ModelCompiler.PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(root)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> ModelCompiler.PACKAGE + "." + n.substring(0, n.length() - ".class".length()))
                    .sorted().toList();
        }
    }
}
