import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.hibernate.tool.schema.internal.exec.ScriptTargetOutputToFile;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExceptionHandler;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.TargetDescriptor;

/**
 * Benchmark reference: what Hibernate itself does with the entities of a jar, in three modes.
 *
 * <p>A single-file program with Hibernate 7.4.13 on the class path (retort's cli/target/lib); bench/run.py compiles
 * it once with javac so that a timed process does not include compiling it, but it also runs as source:
 * <pre>
 * java -cp 'cli/target/lib/*' bench/HibernateDdl.java ddl     ENTITY_JAR PACKAGE OUT_SQL
 * java -cp 'cli/target/lib/*' bench/HibernateDdl.java boot    ENTITY_JAR PACKAGE
 * java -cp 'cli/target/lib/*' bench/HibernateDdl.java migrate ENTITY_JAR PACKAGE JDBC_URL USER OUT_SQL
 * </pre>
 *
 * <ul>
 * <li>{@code ddl}: boots Metadata with no database connection (hibernate.boot.allow_jdbc_metadata_access=false,
 * PostgreSQL 15) and writes the statements of {@code SchemaCreatorImpl.generateCreationCommands} to OUT_SQL, one
 * per line with no trailing ';'.
 * <li>{@code boot}: the same metadata boot and nothing else, so that the whole process can be timed.
 * <li>{@code migrate}: boots Metadata with a JDBC connection (hibernate.connection.url/username, dialect from the
 * database) and runs Hibernate's SchemaMigrator against that database with the SCRIPT target only: the statements
 * that would bring the database up to the entities go to OUT_SQL, one per line ending in ';', and nothing is
 * executed.
 * </ul>
 *
 * <p>Each mode prints one line on stdout for the harness, {@code HIBERNATE mode=<mode> boot_ms=<metadata boot>
 * entities=<n> ...} plus {@code ddl_ms}/{@code migrate_ms} and {@code statements}. The boot time covers registry +
 * MetadataSources + buildMetadata, entity class loading included: the part of retort's scan-entities step that
 * Hibernate does.
 */
public class HibernateDdl {

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -cp <hibernate jars> HibernateDdl.java ddl ENTITY_JAR PACKAGE OUT_SQL",
            "       java -cp <hibernate jars> HibernateDdl.java boot ENTITY_JAR PACKAGE",
            "       java -cp <hibernate jars> HibernateDdl.java migrate ENTITY_JAR PACKAGE JDBC_URL USER OUT_SQL");

    /** A booted model: its registry (to destroy), the Metadata, how long the boot took and how many entities. */
    private record Booted(StandardServiceRegistry registry, Metadata metadata, long bootMs, int entities) {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        int expected = switch (mode) {
            case "ddl" -> 4;
            case "boot" -> 3;
            case "migrate" -> 6;
            default -> -1;
        };
        if (args.length != expected) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path jar = Path.of(args[1]).toAbsolutePath();
        String pkg = args[2];
        String line = switch (mode) {
            case "ddl" -> ddl(jar, pkg, Path.of(args[3]));
            case "boot" -> bootOnly(jar, pkg);
            default -> migrate(jar, pkg, args[3], args[4], Path.of(args[5]));
        };
        System.out.println("HIBERNATE mode=" + mode + " " + line);
    }

    private static String ddl(Path jar, String pkg, Path out) throws Exception {
        Booted booted = boot(jar, pkg, offline());
        long start = System.nanoTime();
        List<String> statements = new SchemaCreatorImpl(booted.registry()).generateCreationCommands(booted.metadata(), false);
        long ddlMs = (System.nanoTime() - start) / 1_000_000;
        List<String> lines = new ArrayList<>(statements.size());
        for (String statement : statements) {
            // format_sql is off, so a statement is one line already; fold any stray line break to be sure
            lines.add(statement.replaceAll("\\s*\\R\\s*", " ").strip());
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
        StandardServiceRegistryBuilder.destroy(booted.registry());
        return describe(booted) + " ddl_ms=" + ddlMs + " statements=" + lines.size();
    }

    private static String bootOnly(Path jar, String pkg) throws Exception {
        Booted booted = boot(jar, pkg, offline());
        StandardServiceRegistryBuilder.destroy(booted.registry());
        return describe(booted);
    }

    private static String migrate(Path jar, String pkg, String url, String user, Path out) throws Exception {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.connection.url", url);
        settings.put("hibernate.connection.username", user);
        settings.put("hibernate.connection.pool_size", "1");
        settings.put("hibernate.format_sql", "false");
        settings.put("hibernate.hbm2ddl.delimiter", ";");
        Booted booted = boot(jar, pkg, settings);

        Files.deleteIfExists(out);
        long start = System.nanoTime();
        SchemaManagementTool tool = booted.registry().requireService(SchemaManagementTool.class);
        tool.getSchemaMigrator(settings).doMigration(booted.metadata(), options(settings), ContributableMatcher.ALL,
                scriptOnly(out.toFile()));
        long migrateMs = (System.nanoTime() - start) / 1_000_000;
        StandardServiceRegistryBuilder.destroy(booted.registry());
        long statements = Files.exists(out) ? Files.readAllLines(out).stream().filter(l -> !l.isBlank()).count() : 0;
        return describe(booted) + " migrate_ms=" + migrateMs + " statements=" + statements;
    }

    private static Map<String, Object> offline() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
        settings.put("jakarta.persistence.database-major-version", "15");
        return settings;
    }

    private static String describe(Booted booted) {
        return "boot_ms=" + booted.bootMs() + " entities=" + booted.entities();
    }

    /** Metadata for every {@code @Entity}, {@code @Embeddable} and {@code @MappedSuperclass} of pkg in jar. */
    private static Booted boot(Path jar, String pkg, Map<String, Object> settings) throws Exception {
        List<String> classNames = classNamesIn(jar, pkg);
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, HibernateDdl.class.getClassLoader());
        Thread.currentThread().setContextClassLoader(loader);

        long start = System.nanoTime();
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
        return new Booted(registry, metadata, (System.nanoTime() - start) / 1_000_000, entities);
    }

    private static ExecutionOptions options(Map<String, Object> settings) {
        return new ExecutionOptions() {
            @Override
            public Map<String, Object> getConfigurationValues() {
                return settings;
            }

            @Override
            public boolean shouldManageNamespaces() {
                return false;
            }

            @Override
            public ExceptionHandler getExceptionHandler() {
                return ExceptionHandlerHaltImpl.INSTANCE;
            }
        };
    }

    /** The SCRIPT target alone: the migrator writes its statements to the file and executes none of them. */
    private static TargetDescriptor scriptOnly(File out) {
        ScriptTargetOutput output = new ScriptTargetOutputToFile(out, StandardCharsets.UTF_8.name(), false);
        return new TargetDescriptor() {
            @Override
            public EnumSet<TargetType> getTargetTypes() {
                return EnumSet.of(TargetType.SCRIPT);
            }

            @Override
            public ScriptTargetOutput getScriptTargetOutput() {
                return output;
            }
        };
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
