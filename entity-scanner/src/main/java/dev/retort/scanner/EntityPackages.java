package dev.retort.scanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The packages to scan when none are named: those of the {@code @Entity} classes in some class directories or jars
 * (a build's own classes), each package kept once and a sub-package left out when its parent is in (scanning is
 * recursive). Class files are read, not loaded: a class is an entity when its annotations name
 * {@code jakarta.persistence.Entity}.
 */
public final class EntityPackages {

    private static final byte[] ENTITY_ANNOTATION = "Ljakarta/persistence/Entity;".getBytes(StandardCharsets.US_ASCII);

    private EntityPackages() {
    }

    /** The packages, sorted; empty when no entry holds an entity. Entries that do not exist are passed over. */
    public static List<String> in(List<Path> entries) throws EntityScanException {
        TreeSet<String> packages = new TreeSet<>();
        EntityClassDiscovery.ClassFileVisitor visitor = (resourceName, bytes) -> {
            if (EntityClassDiscovery.contains(bytes, ENTITY_ANNOTATION)) {
                int slash = resourceName.lastIndexOf('/');
                packages.add(slash < 0 ? "" : resourceName.substring(0, slash).replace('/', '.'));
            }
        };
        for (Path entry : entries) {
            try {
                if (Files.isDirectory(entry)) {
                    EntityClassDiscovery.visitDirectory(entry, "", visitor);
                } else if (Files.isRegularFile(entry)) {
                    EntityClassDiscovery.visitArchive(entry, "", visitor);
                }
            } catch (IOException | UncheckedIOException problem) {
                throw new EntityScanException("classpath entry " + entry + " cannot be read: " + problem.getMessage()
                        + "; check that it is a class directory or a jar", problem);
            }
        }
        List<String> outermost = new ArrayList<>();
        for (String candidate : packages) {
            // Sorted order puts a parent before its sub-packages.
            boolean covered = outermost.stream().anyMatch(parent -> candidate.startsWith(parent + "."));
            if (!covered) {
                outermost.add(candidate);
            }
        }
        return outermost;
    }
}
