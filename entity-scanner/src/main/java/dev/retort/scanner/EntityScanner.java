package dev.retort.scanner;

import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.PersistenceException;

import org.hibernate.Version;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.mapping.PersistentClass;

import dev.retort.schema.Provenance;
import dev.retort.schema.SchemaModel;

/**
 * Turns compiled JPA entities into the schema they ask for, through Hibernate ORM's boot metadata and without a
 * database: Hibernate decides every name, type, key, join table, inheritance table and sequence, with the
 * PostgreSQL dialect of the version the settings name (15 by default). The result says exactly what Hibernate's
 * own {@code create} DDL would create. The user's classes are loaded by their own class loader, closed when the
 * scan ends. Hibernate's logging is silenced during a scan unless asked otherwise.
 * <p>
 * Hibernate is the application's own when the classpath carries a {@code hibernate-core} jar (6.6, 7.0 to 7.4):
 * the scanner then runs inside an {@link IsolatedHibernateLoader} over that classpath, because the schema Hibernate
 * derives from the same entities differs between versions. Without one, retort's own Hibernate scans.
 */
public final class EntityScanner {

    private final boolean quiet;

    /** A scanner that keeps Hibernate quiet. */
    public EntityScanner() {
        this(true);
    }

    private EntityScanner(boolean quiet) {
        this.quiet = quiet;
    }

    /** A scanner that lets Hibernate log as its logging configuration says (for {@code --verbose}). */
    public EntityScanner withHibernateLogging() {
        return new EntityScanner(false);
    }

    public ScanResult scan(EntitySource source, Map<String, String> hibernateSettings) throws EntityScanException {
        Optional<ApplicationHibernate> applications = ApplicationHibernate.find(source.classpath());
        if (applications.isEmpty()) {
            return scanWithLoadedHibernate(source, hibernateSettings, quiet);
        }
        try (IsolatedHibernate isolated = IsolatedHibernate.open(applications.get(), source.classpath())) {
            isolated.requireSettingClasses(hibernateSettings);
            ScanResult inside = isolated.newInstance(IsolatedScanEntry.class.getName(), IsolatedScan.class)
                    .scan(source, hibernateSettings, quiet);
            return inside.scannedWith(inside.hibernateVersion(), "the application's, "
                    + applications.get().jar().getFileName() + " on the entities' classpath");
        }
    }

    /** Scans with the Hibernate this class is loaded with: retort's own, or inside the application's. */
    static ScanResult scanWithLoadedHibernate(EntitySource source, Map<String, String> hibernateSettings,
                                              boolean quiet) throws EntityScanException {
        return new EntityScanner(quiet).scanHere(source, hibernateSettings);
    }

    private ScanResult scanHere(EntitySource source, Map<String, String> hibernateSettings)
            throws EntityScanException {
        List<String> warnings = new ArrayList<>();
        return withMetadata(source, hibernateSettings, warnings, boot -> {
            SqlStringGenerationContext context = boot.sqlContext();
            CatalogNames names = new CatalogNames(boot.dialect(), context);
            SchemaModel target = new SchemaMapper(boot.metadata(), names, context, boot.compat(), warnings).map();
            Provenance provenance = new ProvenanceMapper(boot.metadata(), names,
                    root -> boot.compat().createGenerator(boot, root)).map();
            ReservedWords.warn(boot.metadata(), names, warnings);
            List<String> entities = boot.metadata().getEntityBindings().stream()
                    .map(entity -> Objects.requireNonNullElse(entity.getClassName(), entity.getEntityName()))
                    .sorted().toList();
            return new ScanResult(target, provenance, entities, warnings.stream().distinct().toList(),
                    HibernateMadeUpNames.in(target), Version.getVersionString(), "retort's own");
        });
    }

    /** Work done with booted metadata, before its registries and class loader close. */
    @FunctionalInterface
    interface MetadataWork<T> {
        T apply(HibernateBoot boot) throws EntityScanException;
    }

    /**
     * Boots Hibernate for the source and hands the metadata to {@code work}, translating every failure into an
     * {@link EntityScanException}. Package-private so that tests can ask Hibernate for its DDL of the very same boot.
     */
    <T> T withMetadata(EntitySource source, Map<String, String> hibernateSettings, List<String> warnings,
                       MetadataWork<T> work) throws EntityScanException {
        if (source.packages().isEmpty() && source.persistenceXml() == null) {
            throw ScanFailures.nothingToScan();
        }
        HibernateLogging logging = HibernateLogging.enter(quiet);
        try {
            URLClassLoader loader = EntityClassLoader.open(source.classpath());
            try {
                return bootAndApply(source, hibernateSettings, warnings, loader, work);
            } finally {
                EntityClassLoader.closeQuietly(loader);
            }
        } finally {
            logging.close();
        }
    }

    private <T> T bootAndApply(EntitySource source, Map<String, String> hibernateSettings, List<String> warnings,
                               URLClassLoader loader, MetadataWork<T> work) throws EntityScanException {
        Path xml = source.persistenceXml();
        PersistenceUnit unit = xml == null ? PersistenceUnit.NONE
                : PersistenceUnit.read(xml, source.persistenceUnit(), loader);
        Map<String, Class<?>> managed = new LinkedHashMap<>();
        for (String className : unit.classNames()) {
            managed.put(className, loadListed(xml, className, loader));
        }
        EntityClassDiscovery.Found found = source.packages().isEmpty()
                ? new EntityClassDiscovery.Found(List.of(), List.of())
                : EntityClassDiscovery.discover(source.classpath(), source.packages(), loader);
        found.managedClasses().forEach(type -> managed.putIfAbsent(type.getName(), type));
        Map<String, Object> settings = ScanSettings.resolve(unit.properties(), hibernateSettings, loader, warnings);
        HibernateBoot.Sources sources = new HibernateBoot.Sources(List.copyOf(managed.values()),
                found.annotatedPackages(), unit.mappingFiles());
        HibernateBoot boot;
        try {
            boot = HibernateBoot.boot(loader, settings, sources);
        } catch (RuntimeException | LinkageError rejected) {
            throw bootFailure(rejected, settings, managed.keySet(), scopeOf(source, unit));
        }
        try {
            BeanValidationDdl.apply(boot, loader);
        } catch (EntityScanException | RuntimeException failed) {
            boot.close();
            throw failed;
        }
        try (boot) {
            return work.apply(boot);
        } catch (PersistenceException | LinkageError rejected) {
            // Hibernate resolves some things (types, generators) only when asked: still its verdict. (Every
            // HibernateException is a PersistenceException.)
            throw ScanFailures.mappingRejected(rejected, entityNames(boot), scopeOf(source, unit));
        } catch (RuntimeException bug) {
            throw ScanFailures.unreadableMetadata(bug, scopeOf(source, unit));
        }
    }

    /** A class named by a setting but missing is the setting's fault, not the mapping's. */
    private static EntityScanException bootFailure(Throwable problem, Map<String, Object> settings,
                                                   Collection<String> classes, String scope) {
        return ScanFailures.missingClassOf(problem)
                .flatMap(missing -> settings.entrySet().stream()
                        .filter(setting -> missing.equals(String.valueOf(setting.getValue()).strip()))
                        .findFirst()
                        .map(setting -> ScanFailures.settingClassMissing(setting.getKey(), missing, problem)))
                .orElseGet(() -> ScanFailures.mappingRejected(problem, classes, scope));
    }

    private static Class<?> loadListed(Path xml, String className, ClassLoader loader) throws EntityScanException {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError missing) {
            throw ScanFailures.listedClassMissing(xml, className, missing);
        }
        EntityClassDiscovery.resolveMembers(type);
        return type;
    }

    private static List<String> entityNames(HibernateBoot boot) {
        return boot.metadata().getEntityBindings().stream().map(PersistentClass::getEntityName).toList();
    }

    private static String scopeOf(EntitySource source, PersistenceUnit unit) {
        List<String> parts = new ArrayList<>();
        if (!source.packages().isEmpty()) {
            parts.add("the entities of " + String.join(", ", source.packages()));
        }
        if (unit.name() != null) {
            parts.add("persistence unit " + unit.name());
        }
        return String.join(" and ", parts);
    }
}
