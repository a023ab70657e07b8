package dev.retort.scanner;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class loader of the user's entities: the given classpath over retort's own loader. Parent first, so that
 * jakarta.persistence and Hibernate are retort's copies even when the user's classpath repeats them (otherwise
 * Hibernate would not recognise the annotations of a second copy).
 */
final class EntityClassLoader {

    private EntityClassLoader() {
    }

    static URLClassLoader open(List<Path> classpath) throws EntityScanException {
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
        return new URLClassLoader("retort-entities", urls.toArray(URL[]::new), EntityScanner.class.getClassLoader());
    }

    /** Closing failures leave only an open file handle behind; nothing to tell the user. */
    static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // the scan is complete; a jar left open until exit does no harm
        }
    }
}
