import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/**
 * Benchmark reference: Hibernate's own PostgreSQL 'create' DDL for the entities in a jar, one statement a line.
 *
 * <p>Run as a single-file source program with Hibernate 7.4.13 on the class path (retort's cli/target/lib):
 * <pre>java -cp 'cli/target/lib/*' bench/HibernateDdl.java ENTITY_JAR PACKAGE OUT_SQL</pre>
 *
 * <p>Boots Metadata with no database connection (hibernate.boot.allow_jdbc_metadata_access=false, PostgreSQL 15)
 * from every {@code @Entity} class of PACKAGE in ENTITY_JAR, writes the statements of
 * {@code SchemaCreatorImpl.generateCreationCommands} to OUT_SQL (no trailing ';', one per line) and prints
 * on stdout one line {@code HIBERNATE_DDL boot_ms=<metadata boot alone> ddl_ms=<generation> entities=<n>
 * statements=<n>} for the harness. The boot time covers registry + MetadataSources + buildMetadata, which is
 * the part of retort's scan-entities step that Hibernate does; class loading of the entity classes is in it.
 */
public class HibernateDdl {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java -cp <hibernate jars> HibernateDdl.java ENTITY_JAR PACKAGE OUT_SQL");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        String pkg = args[1];
        Path out = Path.of(args[2]);

        List<String> classNames = classNamesIn(jar, pkg);
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, HibernateDdl.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader);

        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
        settings.put("jakarta.persistence.database-major-version", "15");

        long bootStart = System.nanoTime();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        MetadataSources sources = new MetadataSources(registry);
        int entities = 0;
        for (String name : classNames) {
            Class<?> type = Class.forName(name, false, loader);
            // the annotated-class list takes entities, embeddables and mapped superclasses alike;
            // enums and other plain classes would be ignored but need not be handed over
            if (type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                entities++;
            }
            if (type.isAnnotationPresent(jakarta.persistence.Entity.class)
                    || type.isAnnotationPresent(jakarta.persistence.Embeddable.class)
                    || type.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)) {
                sources.addAnnotatedClass(type);
            }
        }
        Metadata metadata = sources.buildMetadata();
        long bootMs = (System.nanoTime() - bootStart) / 1_000_000;

        long ddlStart = System.nanoTime();
        List<String> statements = new SchemaCreatorImpl(registry).generateCreationCommands(metadata, false);
        long ddlMs = (System.nanoTime() - ddlStart) / 1_000_000;

        List<String> lines = new ArrayList<>(statements.size());
        for (String statement : statements) {
            // format_sql is off, so a statement is one line already; fold any stray line break to be sure
            lines.add(statement.replaceAll("\\s*\\R\\s*", " ").strip());
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        StandardServiceRegistryBuilder.destroy(registry);
        System.out.printf("HIBERNATE_DDL boot_ms=%d ddl_ms=%d entities=%d statements=%d%n",
                bootMs, ddlMs, entities, lines.size());
    }

    private static List<String> classNamesIn(Path jar, String pkg) throws IOException {
        String prefix = pkg.replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (entry.startsWith(prefix) && entry.endsWith(".class") && !entry.contains("$")
                        && entry.indexOf('/', prefix.length()) < 0) {
                    names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        names.sort(null);
        return names;
    }
}
