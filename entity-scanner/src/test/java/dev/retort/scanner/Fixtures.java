package dev.retort.scanner;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Where the fixture entities are: compiled test classes, scanned from target/test-classes like a user's build. */
final class Fixtures {

    static final String BASE = "dev.retort.scanner.fixtures";
    static final String SHOP = BASE + ".shop";
    static final String AUDIT = BASE + ".audit";
    static final String SINGLE = BASE + ".single";
    static final String JOINED = BASE + ".joined";
    static final String PER_CLASS = BASE + ".perclass";
    static final String QUOTED = BASE + ".quoted";
    static final String RESERVED = BASE + ".reserved";
    static final String NAMING = BASE + ".naming";
    static final String UNMODELLED = BASE + ".unmodelled";
    static final String DEFINITIONS = BASE + ".definitions";
    static final String VALIDATED = BASE + ".validated";

    private Fixtures() {
    }

    static Path testClasses() {
        try {
            return Path.of(Fixtures.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static EntitySource packages(String... packages) {
        return EntitySource.ofPackages(List.of(testClasses()), packages);
    }

    static ScanResult scan(Map<String, String> settings, String... packages) throws EntityScanException {
        return new EntityScanner().scan(packages(packages), settings);
    }

    static ScanResult scan(String... packages) throws EntityScanException {
        return scan(Map.of(), packages);
    }
}
