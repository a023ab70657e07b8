package dev.retort.scanner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The one-line messages of every way a scan fails, in one place so that they read alike. */
final class ScanFailures {

    private ScanFailures() {
    }

    static EntityScanException missingClasspathEntry(Path entry) {
        return new EntityScanException("classpath entry " + entry + " does not exist: compile the project first, "
                + "or fix the path");
    }

    static EntityScanException nothingToScan() {
        return new EntityScanException("no entity packages and no persistence.xml given: name the packages that "
                + "hold the @Entity classes, or a persistence.xml");
    }

    static EntityScanException noEntitiesInPackage(String packageName, List<Path> classpath, boolean javaxFound) {
        if (javaxFound) {
            return new EntityScanException("package " + packageName + " has javax.persistence entities only: "
                    + "Hibernate 7 reads jakarta.persistence, migrate the imports to jakarta.persistence");
        }
        return new EntityScanException("package " + packageName + " has no @Entity class under " + classpath
                + ": check the package name and that the classes are compiled");
    }

    static EntityScanException unloadableClass(String className, Throwable problem) {
        Optional<String> missing = missingClassOf(problem);
        if (missing.isPresent()) {
            return new EntityScanException("class " + className + " cannot be loaded: it needs " + missing.get()
                    + ", which is not on the classpath; add the jar or directory that holds it", problem);
        }
        return new EntityScanException("class " + className + " cannot be loaded: " + describe(problem)
                + "; check that it was compiled for this Java version and its dependencies are on the classpath",
                problem);
    }

    static EntityScanException mappingRejected(Throwable problem, Collection<String> entityClasses, String scope) {
        Optional<String> missing = missingClassOf(problem);
        String culprit = culpritOf(problem, entityClasses).map(name -> "entity " + name).orElse(scope);
        if (missing.isPresent()) {
            return new EntityScanException("Hibernate cannot map " + culprit + ": class " + missing.get()
                    + " is not on the classpath; add the jar or directory that holds it", problem);
        }
        return new EntityScanException("Hibernate rejects the mapping of " + culprit + ": " + hibernateReason(problem)
                + "; fix the mapping and scan again", problem);
    }

    static EntityScanException persistenceXmlMissing(Path file) {
        return new EntityScanException("persistence.xml " + file + " does not exist: fix the path");
    }

    static EntityScanException persistenceXmlInvalid(Path file, Throwable problem) {
        return new EntityScanException("persistence.xml " + file + " cannot be read: " + hibernateReason(problem)
                + "; fix the file", problem);
    }

    static EntityScanException persistenceUnitMissing(Path file, String unit, Collection<String> units) {
        return new EntityScanException("persistence.xml " + file + " has no persistence unit named " + unit
                + " (it has " + String.join(", ", units) + "): pass one of those names");
    }

    static EntityScanException persistenceUnitAmbiguous(Path file, Collection<String> units) {
        return new EntityScanException("persistence.xml " + file + " declares several persistence units ("
                + String.join(", ", units) + "): say which one to use");
    }

    static EntityScanException listedClassMissing(Path file, String className, Throwable problem) {
        Optional<String> missing = missingClassOf(problem).filter(name -> !name.equals(className));
        if (missing.isPresent()) {
            return new EntityScanException("persistence.xml " + file + " lists class " + className
                    + ", which needs " + missing.get() + ", which is not on the classpath; add the jar or directory "
                    + "that holds it", problem);
        }
        return new EntityScanException("persistence.xml " + file + " lists class " + className
                + ", which is not on the classpath: compile it, add its directory or jar, or remove it from the list",
                problem);
    }

    /** The class whose absence caused the problem, from anywhere in the cause chain. */
    static Optional<String> missingClassOf(Throwable problem) {
        for (Throwable t = problem; t != null; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                String name = t.getMessage();
                if (name != null && !name.isBlank()) {
                    return Optional.of(name.strip().replace('/', '.'));
                }
            }
            if (t instanceof TypeNotPresentException notPresent) {
                return Optional.of(notPresent.typeName());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Hibernate's messages along the cause chain, each once, without the exception class names. */
    static String hibernateReason(Throwable problem) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = problem; t != null && messages.size() < 4; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()
                    && messages.stream().noneMatch(seen -> seen.contains(message.strip()))) {
                messages.add(EntityScanException.oneLine(message));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return messages.isEmpty() ? describe(problem) : String.join(" (caused by: ", messages)
                + ")".repeat(messages.size() - 1);
    }

    private static String describe(Throwable problem) {
        return problem.getClass().getSimpleName()
                + (problem.getMessage() == null ? "" : " " + EntityScanException.oneLine(problem.getMessage()));
    }

    /** The entity class a message talks about: the longest entity class name it mentions. */
    private static Optional<String> culpritOf(Throwable problem, Collection<String> entityClasses) {
        List<String> text = new ArrayList<>();
        for (Throwable t = problem; t != null; t = t.getCause()) {
            text.add(String.valueOf(t.getMessage()));
            if (t.getCause() == t) {
                break;
            }
        }
        String all = String.join(" ", text);
        return entityClasses.stream()
                .filter(name -> mentions(all, name))
                .max(Comparator.comparingInt(String::length));
    }

    private static boolean mentions(String text, String className) {
        int at = text.indexOf(className);
        while (at >= 0) {
            int end = at + className.length();
            if (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end))) {
                return true;
            }
            at = text.indexOf(className, at + 1);
        }
        return false;
    }
}
