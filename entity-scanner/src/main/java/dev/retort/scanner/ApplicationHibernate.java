package dev.retort.scanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code hibernate-core} jar the entities' classpath carries, if any, and its version: the Hibernate the
 * application itself runs, whose DDL the scan must reproduce. Found by file name ({@code hibernate-core-*.jar}, as
 * every build tool names it) and confirmed by the jar's content; the version is the manifest's.
 *
 * @param jar     the jar on the classpath
 * @param version as Hibernate spells it, {@code 6.6.56.Final}
 */
record ApplicationHibernate(Path jar, String version) {

    /** The Hibernate lines the scanner is built and tested for (see HibernateVersionsAgreementTest). */
    static final String SUPPORTED_RANGE = "6.6 and 7.0 to 7.4";

    private static final Pattern MAJOR_MINOR = Pattern.compile("^(\\d+)\\.(\\d+)\\b.*");
    private static final Pattern FILE_NAME = Pattern.compile("hibernate-core(?:-(\\d.*))?\\.jar");
    private static final String MARKER = "org/hibernate/boot/MetadataSources.class";

    static Optional<ApplicationHibernate> find(List<Path> classpath) throws EntityScanException {
        List<ApplicationHibernate> found = new ArrayList<>();
        for (Path entry : classpath) {
            Matcher name = FILE_NAME.matcher(entry.getFileName() == null ? "" : entry.getFileName().toString());
            if (name.matches() && Files.isRegularFile(entry)) {
                read(entry, name.group(1)).ifPresent(found::add);
            }
        }
        if (found.size() > 1) {
            throw new EntityScanException("the entities' classpath has " + found.size() + " hibernate-core jars ("
                    + String.join(", ", found.stream().map(h -> h.jar().toString()).toList())
                    + "): keep the one the application runs with");
        }
        return found.stream().findFirst();
    }

    private static Optional<ApplicationHibernate> read(Path jar, String versionInName) throws EntityScanException {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(MARKER) == null) {
                return Optional.empty();
            }
            Manifest manifest = file.getManifest();
            String version = manifest == null ? null
                    : manifest.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
            version = version != null ? version.strip() : versionInName;
            if (version == null) {
                throw new EntityScanException("hibernate-core jar " + jar + " does not say its version (no "
                        + "Implementation-Version in its manifest): use the jar as published");
            }
            return Optional.of(new ApplicationHibernate(jar, version));
        } catch (IOException unreadable) {
            throw new EntityScanException("hibernate-core jar " + jar + " cannot be read: " + unreadable.getMessage()
                    + "; check that it is a jar", unreadable);
        }
    }

    /** Whether the scanner is built for this version: 6.6.x, 7.0.x to 7.4.x. */
    boolean supported() {
        Matcher matcher = MAJOR_MINOR.matcher(version);
        if (!matcher.matches()) {
            return false;
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        return major == 6 && minor == 6 || major == 7 && minor <= 4;
    }

    void requireSupported() throws EntityScanException {
        if (!supported()) {
            throw new EntityScanException("the entities' classpath has Hibernate " + version + " (" + jar
                    + "), which retort cannot scan with: it supports Hibernate " + SUPPORTED_RANGE
                    + "; run the application on one of those, or take hibernate-core off the entities' classpath to"
                    + " scan with retort's own Hibernate " + org.hibernate.Version.getVersionString());
        }
    }
}
