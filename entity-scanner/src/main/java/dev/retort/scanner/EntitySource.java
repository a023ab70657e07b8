package dev.retort.scanner;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the entities are: the compiled classes (directories and jars, with whatever the entities need at class
 * loading time) and either packages to scan, a {@code persistence.xml}, or both (their classes are united).
 *
 * @param classpath       class directories and jars holding the entities and their dependencies
 * @param packages        packages to scan, sub-packages included; may be empty when {@code persistenceXml} is set
 * @param persistenceXml  a {@code META-INF/persistence.xml} whose {@code <class>} list, mapping files and
 *                        properties are used; {@code null} for none
 * @param persistenceUnit the unit to use when the file declares several; {@code null} when it declares one
 */
public record EntitySource(List<Path> classpath, List<String> packages, Path persistenceXml,
                           String persistenceUnit) {

    public EntitySource {
        classpath = List.copyOf(classpath);
        packages = packages.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
    }

    /** Scan these packages (recursively) of the classpath. */
    public static EntitySource ofPackages(List<Path> classpath, String... packages) {
        return new EntitySource(classpath, List.of(packages), null, null);
    }

    /** Take the classes, mapping files and properties of a persistence unit. */
    public static EntitySource ofPersistenceXml(List<Path> classpath, Path persistenceXml, String persistenceUnit) {
        return new EntitySource(classpath, List.of(), persistenceXml, persistenceUnit);
    }
}
