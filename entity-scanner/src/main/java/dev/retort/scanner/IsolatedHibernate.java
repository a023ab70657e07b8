package dev.retort.scanner;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The application's own Hibernate, loaded beside retort's in an {@link IsolatedHibernateLoader}: objects created in
 * it are seen through boundary interfaces only ({@link IsolatedScan}, or a JDK interface). Closing it closes the
 * loader's jars; the classes go when nothing refers to them any more.
 */
final class IsolatedHibernate implements AutoCloseable {

    /**
     * System properties the application's libraries read when they start, set for the scan unless the user set them:
     * jboss-logging picks the first backend it finds (an application's logback would print Hibernate's DEBUG), and
     * SLF4J 2 with no provider on the application's classpath (Spring's commons-logging bridge loads it as soon as a
     * Spring class, such as Boot's naming strategy, is used) prints three lines of warnings on stderr.
     */
    private static final Map<String, String> QUIET = Map.of(
            "org.jboss.logging.provider", "jdk",
            "slf4j.internal.verbosity", "ERROR");

    /** A fully qualified class name: lower-case packages, then a capitalised class, nested classes with $. */
    private static final Pattern CLASS_NAME = Pattern.compile("(?:[a-z_][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*");

    private final ApplicationHibernate hibernate;
    private final IsolatedHibernateLoader loader;
    private final List<String> setHere = new ArrayList<>();

    private IsolatedHibernate(ApplicationHibernate hibernate, IsolatedHibernateLoader loader) {
        this.hibernate = hibernate;
        this.loader = loader;
        QUIET.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
                setHere.add(key);
            }
        });
    }

    /** A loader over the whole classpath, which carries {@code hibernate}. */
    static IsolatedHibernate open(ApplicationHibernate hibernate, List<Path> classpath) throws EntityScanException {
        hibernate.requireSupported();
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw ScanFailures.missingClasspathEntry(entry);
            }
            try {
                urls.add(entry.toAbsolutePath().normalize().toUri().toURL());
            } catch (MalformedURLException impossible) {
                throw new EntityScanException("classpath entry " + entry + " is not a valid path: " + impossible);
            }
        }
        return new IsolatedHibernate(hibernate,
                new IsolatedHibernateLoader("hibernate-" + hibernate.version(), urls.toArray(URL[]::new),
                        IsolatedHibernate.class.getClassLoader()));
    }

    /**
     * An instance of a class of the scanner's package, created inside: the one reflective step, as nothing of the
     * inside can be named from outside but through the boundary type it implements.
     */
    <T> T newInstance(String className, Class<T> boundary) throws EntityScanException {
        try {
            Class<?> inside = Class.forName(className, true, loader);
            return boundary.cast(inside.getConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError | ClassCastException problem) {
            Throwable cause = problem instanceof InvocationTargetException invocation ? invocation.getCause() : problem;
            throw new EntityScanException("retort's scanner cannot run with the application's Hibernate "
                    + hibernate.version() + " (" + hibernate.jar() + "): " + cause
                    + "; this is a retort bug, please report it with the --verbose output", cause);
        }
    }

    /**
     * Each setting that names a class must name one of the application's classpath or of this Hibernate: Hibernate
     * also asks the JVM's own class path, where retort's Hibernate answers for a class only a newer version has
     * (7's snake-case naming on a 6.6 application), and the boot then fails on a class cast that says nothing useful.
     */
    void requireSettingClasses(Map<String, String> settings) throws EntityScanException {
        for (Map.Entry<String, String> setting : new java.util.TreeMap<>(settings).entrySet()) {
            String value = setting.getValue().strip();
            if (!CLASS_NAME.matcher(value).matches()) {
                continue;
            }
            try {
                Class.forName(value, false, loader);
            } catch (ClassNotFoundException | LinkageError absent) {
                throw new EntityScanException(setting.getKey() + " names " + value + ", which neither Hibernate "
                        + hibernate.version() + " (the application's, " + hibernate.jar().getFileName()
                        + ") nor the entities' classpath has: name a class of that version or of the application");
            }
        }
    }

    @Override
    public void close() {
        setHere.forEach(System::clearProperty);
        try {
            loader.close();
        } catch (IOException ignored) {
            // the scan is complete; a jar left open until exit does no harm
        }
    }
}
