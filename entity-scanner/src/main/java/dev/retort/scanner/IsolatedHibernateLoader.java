package dev.retort.scanner;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;

/**
 * A class loader holding the application's classpath (its hibernate-core, jakarta.persistence, entities...) and a
 * fresh copy of retort's scanner classes, so that the scanner runs against the application's Hibernate:
 * <ul>
 * <li>the boundary ({@link #BOUNDARY_PACKAGES}, {@link #BOUNDARY_CLASSES}: retort's neutral schema model and the
 *     four types of {@link IsolatedScan}) comes from retort, so that what the scan returns is retort's;</li>
 * <li>the scanner ({@code dev.retort.scanner}, that package only) is defined here again from retort's class files,
 *     linking against the application's Hibernate;</li>
 * <li>Hibernate and Jakarta come from the application only, never from retort (a version mix fails in ways
 *     nobody can read);</li>
 * <li>everything else is the JDK's, else the application's, else retort's (a library the application's classpath
 *     lacks, such as a logging backend).</li>
 * </ul>
 * Its parent is the platform loader, so that resources (service files, XML schemas) are the application's too.
 */
final class IsolatedHibernateLoader extends URLClassLoader {

    static final List<String> BOUNDARY_PACKAGES = List.of("dev.retort.schema.");
    static final Set<String> BOUNDARY_CLASSES = Set.of(IsolatedScan.class.getName(), EntitySource.class.getName(),
            ScanResult.class.getName(), EntityScanException.class.getName());

    private static final String SCANNER_PACKAGE = "dev.retort.scanner.";
    private static final String SCANNER_RESOURCES = "dev/retort/scanner/";
    private static final List<String> APPLICATION_ONLY = List.of("org.hibernate.", "jakarta.");

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader retort;

    /** @param name what stack traces call it: {@code hibernate-6.6.56.Final} */
    IsolatedHibernateLoader(String name, URL[] applicationClasspath, ClassLoader retort) {
        super(name, applicationClasspath, ClassLoader.getPlatformClassLoader());
        this.retort = retort;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = load(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> load(String name) throws ClassNotFoundException {
        if (isBoundary(name)) {
            return retort.loadClass(name);
        }
        if (isScanner(name)) {
            return defineScannerClass(name);
        }
        try {
            return getParent().loadClass(name);
        } catch (ClassNotFoundException notTheJdks) {
            // the application's, below
        }
        try {
            return findClass(name);
        } catch (ClassNotFoundException notTheApplications) {
            if (APPLICATION_ONLY.stream().anyMatch(name::startsWith)) {
                throw notTheApplications;
            }
            return retort.loadClass(name);
        }
    }

    static boolean isBoundary(String name) {
        return BOUNDARY_CLASSES.contains(name) || BOUNDARY_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static boolean isScanner(String name) {
        return name.startsWith(SCANNER_PACKAGE) && name.indexOf('.', SCANNER_PACKAGE.length()) < 0;
    }

    /** The scanner's class file as retort has it, defined here so that its references resolve here. */
    private Class<?> defineScannerClass(String name) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        URL location = retort.getResource(resource);
        if (location == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes;
        try (InputStream in = location.openStream()) {
            bytes = in.readAllBytes();
        } catch (IOException unreadable) {
            throw new ClassNotFoundException(name + ": " + unreadable.getMessage(), unreadable);
        }
        ProtectionDomain domain = new ProtectionDomain(new CodeSource(codeBase(location, resource),
                (Certificate[]) null), null, this, null);
        return defineClass(name, bytes, 0, bytes.length, domain);
    }

    /** The directory or jar a class file was found in, as its class's code source (some code asks for it). */
    private static URL codeBase(URL classFile, String resource) {
        String text = classFile.toString();
        try {
            if (text.startsWith("jar:") && text.contains("!/")) {
                return new URL(text.substring("jar:".length(), text.indexOf("!/")));
            }
            return new URL(text.substring(0, text.length() - resource.length()));
        } catch (MalformedURLException unexpected) {
            return classFile;
        }
    }

    /** The scanner's own resources (its word list) are retort's, beside its classes. */
    @Override
    public URL findResource(String name) {
        URL found = super.findResource(name);
        return found == null && name.startsWith(SCANNER_RESOURCES) ? retort.getResource(name) : found;
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        Enumeration<URL> found = super.findResources(name);
        if (found.hasMoreElements() || !name.startsWith(SCANNER_RESOURCES)) {
            return found;
        }
        List<URL> retorts = new ArrayList<>(Collections.list(retort.getResources(name)));
        return Collections.enumeration(retorts);
    }
}
