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

    static EntityScanException compiledForNewerJava(ClassFileVersion version) {
        return new EntityScanException("class " + version.className() + " is " + version.tooNewExplained());
    }

    static EntityScanException unloadableClass(String className, Throwable problem) {
        Optional<ClassFileVersion> tooNew = ClassFileVersion.refusedIn(problem);
        if (tooNew.isPresent()) {
            return new EntityScanException(tooNew.get().className().equals(className)
                    ? "class " + className + " is " + tooNew.get().tooNewExplained()
                    : "class " + className + " cannot be loaded: it needs " + tooNew.get().className() + ", which is "
                            + tooNew.get().tooNewExplained(), problem);
        }
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
        Optional<ClassFileVersion> tooNew = ClassFileVersion.refusedIn(problem);
        if (tooNew.isPresent()) {
            return new EntityScanException("Hibernate cannot map " + culprit + ": class " + tooNew.get().className()
                    + " is " + tooNew.get().tooNewExplained(), problem);
        }
        if (missing.isPresent()) {
            return new EntityScanException("Hibernate cannot map " + culprit + ": class " + missing.get()
                    + " is not on the classpath; add the jar or directory that holds it", problem);
        }
        return new EntityScanException("Hibernate rejects the mapping of " + culprit + ": " + hibernateReason(problem)
                + "; fix the mapping and scan again", problem);
    }

    static EntityScanException unreadableMetadata(Throwable bug, String scope) {
        return new EntityScanException("retort cannot read Hibernate's mapping of " + scope + ": " + describe(bug)
                + "; this is a retort bug, please report it with the --verbose output", bug);
    }

    static EntityScanException persistenceXmlMissing(Path file) {
        return new EntityScanException("persistence.xml " + file + " does not exist: fix the path");
    }

    static EntityScanException persistenceXmlInvalid(Path file, Throwable problem) {
        // The XML parser's own words (line, column, what is wrong) are at the bottom of the chain.
        String reason = describe(problem);
        for (Throwable t = problem; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                reason = EntityScanException.oneLine(t.getMessage());
            }
        }
        return new EntityScanException("persistence.xml " + file + " cannot be read: " + reason + "; fix the file",
                problem);
    }

    static EntityScanException settingClassMissing(String setting, String className, Throwable problem) {
        return new EntityScanException("setting " + setting + " names class " + className + ", which is not on the "
                + "classpath: add the jar or directory that holds it, or fix the setting", problem);
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
        if (ClassFileVersion.refusedIn(problem).isPresent()) {
            return unloadableClass(className, problem);
        }
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
                Optional<String> name = classNameIn(t.getMessage());
                if (name.isPresent()) {
                    return name;
                }
            }
            if (t instanceof TypeNotPresentException notPresent && !notPresent.typeName().equals("[unknown]")) {
                // An annotation's class member that cannot be loaded: when the JVM cannot tell which type (its name
                // is "[unknown]"), the class missing is further down the chain.
                return Optional.of(notPresent.typeName());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /**
     * The class name in a class-loading message: the JVM says {@code com/acme/Money}, Hibernate's class loader
     * service says {@code Could not load requested class : com.acme.Money}.
     */
    private static Optional<String> classNameIn(String message) {
        if (message == null || message.isBlank()) {
            return Optional.empty();
        }
        String[] words = message.strip().split("[\\s:\\[\\]]+");
        return Optional.of(words[words.length - 1].replace('/', '.'));
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

    /**
     * The entity class a message talks about first ("Collection 'Order.lines' is mappedBy ... in 'Line'" is
     * about Order), matching whole names only so that Order does not match OrderLine.
     */
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
                .filter(name -> firstMention(all, name) >= 0)
                .min(Comparator.comparingInt((String name) -> firstMention(all, name)));
    }

    private static int firstMention(String text, String className) {
        int at = text.indexOf(className);
        while (at >= 0) {
            int end = at + className.length();
            boolean startsWord = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            if (startsWord && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))) {
                return at;
            }
            at = text.indexOf(className, at + 1);
        }
        return -1;
    }
}
