package dev.retort.scanner;

import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;

/**
 * The parts of a {@code persistence.xml} unit that shape the schema: its listed classes, its mapping files and
 * its properties. Parsed by Hibernate's own parser, so the file means to retort what it means to Hibernate.
 */
record PersistenceUnit(String name, List<String> classNames, List<String> mappingFiles,
                       Map<String, String> properties) {

    static final PersistenceUnit NONE = new PersistenceUnit(null, List.of(), List.of(), Map.of());

    PersistenceUnit {
        classNames = List.copyOf(classNames);
        mappingFiles = List.copyOf(mappingFiles);
        properties = Map.copyOf(properties);
    }

    static PersistenceUnit read(Path file, String wantedUnit, ClassLoader loader) throws EntityScanException {
        if (!Files.isRegularFile(file)) {
            throw ScanFailures.persistenceXmlMissing(file);
        }
        Map<String, PersistenceUnitDescriptor> units;
        try {
            units = HibernateCompat.ofLoadedHibernate().persistenceUnits(file.toAbsolutePath().toUri().toURL(),
                    loader);
        } catch (MalformedURLException | RuntimeException problem) {
            throw ScanFailures.persistenceXmlInvalid(file, problem);
        }
        if (units.isEmpty()) {
            throw ScanFailures.persistenceXmlInvalid(file, new IllegalStateException("it declares no persistence unit"));
        }
        PersistenceUnitDescriptor unit;
        if (wantedUnit != null) {
            unit = units.get(wantedUnit);
            if (unit == null) {
                throw ScanFailures.persistenceUnitMissing(file, wantedUnit, new TreeMap<>(units).keySet());
            }
        } else if (units.size() == 1) {
            unit = units.values().iterator().next();
        } else {
            throw ScanFailures.persistenceUnitAmbiguous(file, new TreeMap<>(units).keySet());
        }
        return new PersistenceUnit(unit.getName(), unit.getManagedClassNames(), unit.getMappingFileNames(),
                stringsOf(unit.getProperties()));
    }

    private static Map<String, String> stringsOf(Properties properties) {
        Map<String, String> strings = new TreeMap<>();
        properties.forEach((key, value) -> strings.put(String.valueOf(key), String.valueOf(value)));
        return strings;
    }
}
