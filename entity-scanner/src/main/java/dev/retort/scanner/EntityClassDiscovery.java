package dev.retort.scanner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;

/**
 * Finds the managed classes of the scanned packages in the given classpath entries (never in retort's own
 * classpath). A class file is loaded only when its constant pool mentions jakarta.persistence, so a helper class
 * of the package with a dependency missing from the classpath does not stop the scan; which classes are entities
 * is then decided by their annotations, and everything about their mapping by Hibernate.
 */
final class EntityClassDiscovery {

    private static final byte[] JAKARTA_PERSISTENCE = "jakarta/persistence/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HIBERNATE_ANNOTATIONS = "org/hibernate/annotations/".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JAVAX_ENTITY = "Ljavax/persistence/Entity;".getBytes(StandardCharsets.US_ASCII);
    private static final String PACKAGE_INFO = "package-info";

    /** The classes to hand to Hibernate, and the packages whose package-info carries mapping annotations. */
    record Found(List<Class<?>> managedClasses, List<String> annotatedPackages) {
        Found {
            managedClasses = List.copyOf(managedClasses);
            annotatedPackages = List.copyOf(annotatedPackages);
        }
    }

    private EntityClassDiscovery() {
    }

    static Found discover(List<Path> classpath, List<String> packages, ClassLoader loader)
            throws EntityScanException {
        TreeMap<String, Class<?>> managed = new TreeMap<>();
        TreeSet<String> annotatedPackages = new TreeSet<>();
        for (String packageName : packages) {
            PackageContents contents = read(classpath, packageName);
            if (contents.tooNew().isPresent()) {
                throw ScanFailures.compiledForNewerJava(contents.tooNew().get());
            }
            int entities = 0;
            for (String className : contents.candidates()) {
                Class<?> type = load(className, loader);
                if (isManaged(type)) {
                    resolveMembers(type);
                    managed.put(className, type);
                    entities += type.isAnnotationPresent(Entity.class) ? 1 : 0;
                }
            }
            if (entities == 0) {
                throw ScanFailures.noEntitiesInPackage(packageName, classpath, contents.javaxEntities());
            }
            annotatedPackages.addAll(contents.annotatedPackages());
        }
        return new Found(new ArrayList<>(managed.values()), new ArrayList<>(annotatedPackages));
    }

    static Class<?> load(String className, ClassLoader loader) throws EntityScanException {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError problem) {
            throw ScanFailures.unloadableClass(className, problem);
        }
    }

    /**
     * Resolves the types of the class's fields and methods now, so that a dependency missing from the classpath
     * is reported against this class rather than from somewhere inside Hibernate.
     */
    static void resolveMembers(Class<?> type) throws EntityScanException {
        try {
            for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
                at.getDeclaredFields();
                at.getDeclaredMethods();
            }
        } catch (LinkageError | TypeNotPresentException problem) {
            throw ScanFailures.unloadableClass(type.getName(), problem);
        }
    }

    /**
     * Whether the class is an entity, embeddable, mapped superclass or converter. Reading its annotations loads the
     * classes they name (an entity listener, say): one the JVM refuses is reported against this class.
     */
    private static boolean isManaged(Class<?> type) throws EntityScanException {
        try {
            return type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                    || type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class);
        } catch (LinkageError | TypeNotPresentException problem) {
            throw ScanFailures.unloadableClass(type.getName(), problem);
        }
    }

    /**
     * The class files of one package tree, across every classpath entry, and the first of them (by name) that is
     * compiled for a newer Java than the running one: the JVM would refuse it with a message that names no JDK.
     */
    private record PackageContents(List<String> candidates, List<String> annotatedPackages, boolean javaxEntities,
            Optional<ClassFileVersion> tooNew) {
    }

    private static PackageContents read(List<Path> classpath, String packageName) throws EntityScanException {
        String prefix = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
        List<String> candidates = new ArrayList<>();
        List<String> annotatedPackages = new ArrayList<>();
        boolean[] javax = {false};
        TreeMap<String, ClassFileVersion> tooNew = new TreeMap<>();
        ClassFileVisitor visitor = (resourceName, bytes) -> {
            String className = resourceName.substring(0, resourceName.length() - ".class".length()).replace('/', '.');
            boolean mapped = contains(bytes, JAKARTA_PERSISTENCE) || contains(bytes, HIBERNATE_ANNOTATIONS);
            javax[0] |= contains(bytes, JAVAX_ENTITY);
            boolean loaded;
            if (className.endsWith("." + PACKAGE_INFO)) {
                loaded = mapped;
                if (loaded) {
                    annotatedPackages.add(className.substring(0, className.length() - PACKAGE_INFO.length() - 1));
                }
            } else {
                loaded = contains(bytes, JAKARTA_PERSISTENCE) && !className.endsWith("module-info");
                if (loaded) {
                    candidates.add(className);
                }
            }
            if (loaded) {
                ClassFileVersion.of(className, bytes).filter(ClassFileVersion::tooNewForThisJvm)
                        .ifPresent(version -> tooNew.put(className, version));
            }
        };
        for (Path entry : classpath) {
            try {
                if (Files.isDirectory(entry)) {
                    visitDirectory(entry, prefix, visitor);
                } else {
                    visitArchive(entry, prefix, visitor);
                }
            } catch (IOException | UncheckedIOException problem) {
                throw new EntityScanException("classpath entry " + entry + " cannot be read: " + problem.getMessage()
                        + "; check that it is a class directory or a jar", problem);
            }
        }
        return new PackageContents(candidates, annotatedPackages, javax[0],
                tooNew.values().stream().findFirst());
    }

    @FunctionalInterface
    interface ClassFileVisitor {
        void visit(String resourceName, byte[] bytes);
    }

    static void visitDirectory(Path root, String prefix, ClassFileVisitor visitor) throws IOException {
        Path start = root.resolve(prefix);
        if (!Files.isDirectory(start)) {
            return;
        }
        try (Stream<Path> files = Files.walk(start)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")).sorted()::iterator) {
                String resourceName = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                visitor.visit(resourceName, Files.readAllBytes(file));
            }
        }
    }

    static void visitArchive(Path archive, String prefix, ClassFileVisitor visitor) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!entry.isDirectory() && name.startsWith(prefix) && name.endsWith(".class")
                        && !name.startsWith("META-INF/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        visitor.visit(name, in.readAllBytes());
                    }
                }
            }
        }
    }

    /** Whether the bytes hold the ASCII text; class files keep annotation descriptors as plain UTF-8. */
    static boolean contains(byte[] bytes, byte[] text) {
        outer:
        for (int i = 0; i <= bytes.length - text.length; i++) {
            for (int j = 0; j < text.length; j++) {
                if (bytes[i + j] != text[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
