package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner is compiled against Hibernate 7.4 and runs inside whichever supported version the application has:
 * every Hibernate and Jakarta class, method and field its class files name must exist, with the same descriptor,
 * in each version, or the scan fails with a NoSuchMethodError on a path no other test happens to take. The
 * version shims are the exception, each checked against the versions it serves.
 */
class HibernateVersionsLinkageTest {

    static List<HibernateVersions.Version> versions() {
        return HibernateVersions.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("versions")
    void everyHibernateMemberTheScannerNamesExistsInThisVersion(HibernateVersions.Version version) throws Exception {
        String shimNotForThisVersion = version.version().startsWith("6.") ? "Hibernate7Compat" : "Hibernate66Compat";
        List<String> missing = new ArrayList<>();
        // Bean Validation's API is the application's when it validates (BeanValidationDdl looks for it before
        // loading the class that names it), so it is checked against the version's jars plus that API.
        List<Path> classpath = new ArrayList<>(version.classpath());
        classpath.add(HibernateVersions.locationOf("jakarta.validation.Validation"));
        try (URLClassLoader hibernate = new URLClassLoader(urls(classpath),
                ClassLoader.getPlatformClassLoader())) {
            for (Path classFile : scannerClassFiles()) {
                if (classFile.getFileName().toString().startsWith(shimNotForThisVersion)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(classFile)) {
                    for (ClassFileReferences.Reference reference : ClassFileReferences.of(in)) {
                        if (isHibernatesOrJakartas(reference.owner()) && !resolves(reference, hibernate)) {
                            missing.add(classFile.getFileName() + ": " + reference);
                        }
                    }
                }
            }
        }

        assertThat(new TreeSet<>(missing)).as("missing in " + version).isEmpty();
    }

    private static boolean isHibernatesOrJakartas(String internalName) {
        String name = internalName.startsWith("[") ? internalName.replaceAll("^\\[+L?", "") : internalName;
        return name.startsWith("org/hibernate/") || name.startsWith("jakarta/");
    }

    private static boolean resolves(ClassFileReferences.Reference reference, ClassLoader hibernate) {
        Class<?> owner;
        try {
            String name = reference.owner().replace('/', '.');
            owner = name.startsWith("[") ? Class.forName(name, false, hibernate) : hibernate.loadClass(name);
        } catch (ClassNotFoundException | LinkageError missing) {
            return false;
        }
        if (reference.member() == null) {
            return true;
        }
        return reference.kind().equals("field") ? hasField(owner, reference.member())
                : hasMethod(owner, reference.member(), reference.descriptor(), new HashSet<>());
    }

    private static boolean hasField(Class<?> type, String name) {
        if (type == null) {
            return false;
        }
        for (Field field : type.getDeclaredFields()) {
            if (field.getName().equals(name)) {
                return true;
            }
        }
        return hasField(type.getSuperclass(), name)
                || Stream.of(type.getInterfaces()).anyMatch(parent -> hasField(parent, name));
    }

    private static boolean hasMethod(Class<?> type, String name, String descriptor, Set<Class<?>> seen) {
        if (type == null || !seen.add(type)) {
            return false;
        }
        if (name.equals("<init>")) {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (descriptor(constructor.getParameterTypes(), void.class).equals(descriptor)) {
                    return true;
                }
            }
            return false;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(name)
                    && descriptor(method.getParameterTypes(), method.getReturnType()).equals(descriptor)) {
                return true;
            }
        }
        return hasMethod(type.getSuperclass(), name, descriptor, seen)
                || Stream.of(type.getInterfaces()).anyMatch(parent -> hasMethod(parent, name, descriptor, seen))
                || type.isInterface() && hasMethod(Object.class, name, descriptor, seen);
    }

    private static String descriptor(Class<?>[] parameters, Class<?> result) {
        StringBuilder text = new StringBuilder("(");
        for (Class<?> parameter : parameters) {
            text.append(parameter.descriptorString());
        }
        return text.append(')').append(result.descriptorString()).toString();
    }

    private static List<Path> scannerClassFiles() throws IOException {
        Path classes = HibernateVersions.locationOf(EntityScanner.class.getName()).resolve("dev/retort/scanner");
        try (Stream<Path> files = Files.list(classes)) {
            return files.filter(file -> file.toString().endsWith(".class")).sorted().toList();
        }
    }

    private static URL[] urls(List<Path> jars) throws IOException {
        List<URL> urls = new ArrayList<>();
        for (Path jar : jars) {
            urls.add(jar.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
