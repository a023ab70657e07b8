package dev.retort.workflow;

import dev.retort.compare.CompareOptions;
import dev.retort.compare.ComparePolicy;
import dev.retort.config.RetortConfig;
import dev.retort.config.RetortConfig.DatabaseSettings;
import dev.retort.config.RetortConfig.EntitySettings;
import dev.retort.revisions.RevisionFile;
import dev.retort.sample.shop.Customer;
import dev.retort.compare.ModelsForTests;
import dev.retort.compare.SchemaComparator;
import dev.retort.dialect.postgresql.LockAwareForm;
import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.plan.MigrationPlan;
import dev.retort.reflect.PostgresReflector;
import dev.retort.reflect.ReflectionScope;
import dev.retort.revisions.AppliedBy;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionWriter;
import dev.retort.revisions.ScriptRunner;
import dev.retort.revisions.VersionTable;
import dev.retort.schema.Provenance;
import dev.retort.schema.QualifiedName;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The revision {@code revision --autogenerate} writes, for tests outside this package (the linter's): both schemas
 * read by retort's reflector, compared, planned, rendered with {@link RevisionScripts} in the forms and with the
 * {@code lock_timeout} given, written with the built-in template, read back as a file.
 */
public final class RetortWrites {

    private static final QualifiedName VERSION_TABLE = QualifiedName.of("public", "retort_version");

    private RetortWrites() {
    }

    /**
     * @param lockTimeout {@code migration.lock_timeout} ({@link Duration#ZERO} writes {@code SET lock_timeout =
     *                    '0s'}, no limit), or null for no {@code SET} line at all
     * @param forms       {@code migration.lock_aware}: {@link LockAwareForm#all()}, or none for {@code none}
     */
    public static Revision revision(TestDatabase current, TestDatabase target, Duration lockTimeout,
                                    Set<LockAwareForm> forms, Path directory, String message) throws Exception {
        MigrationPlan plan;
        // a project that applies every kind of difference, drops included (retort.column.extra=apply, ...)
        ReflectionScope scope = ReflectionScope.of("public").excluding(VERSION_TABLE);
        try (Connection database = current.connect(); Connection wanted = target.connect()) {
            plan = MigrationPlan.of(SchemaComparator.compare(new PostgresReflector().reflect(database, scope),
                    new PostgresReflector().reflect(wanted, scope),
                    CompareOptions.withoutHistory(ModelsForTests.applyingEverything(), PostgresTypeWidening.INSTANCE)));
        }
        RevisionScripts.Style style = new RevisionScripts.Style(lockTimeout, forms);
        Path written = Files.createDirectories(directory.resolve(message));
        return new RevisionWriter(written, RevisionTemplates.builtIn()).write(new RevisionDocument(
                RevisionWriter.newRevisionId(), List.of(), message, Instant.now(),
                RevisionScripts.upgrade(plan, Provenance.none(), style),
                RevisionScripts.downgrade(plan, Provenance.none(), style), List.of(), "test"));
    }

    /**
     * The first revision {@code revision --autogenerate} writes for the sample shop entities into the empty
     * database, with the default configuration, read back from the project's versions directory.
     */
    public static Revision sampleModelFirstRevision(TestDatabase empty, Path project) throws Exception {
        Path classes = Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path versions = Files.createDirectories(project.resolve("migrations/versions"));
        Project shop = new Project(new RetortConfig(project,
                new DatabaseSettings(empty.url(), empty.user(), empty.password()),
                new EntitySettings(List.of(classes), List.of("dev.retort.sample.shop"), null, null),
                project.resolve("migrations"), VERSION_TABLE, Map.of(), ComparePolicy.defaults()));
        new RevisionWorkflow(shop, Clock.systemUTC()).autogenerate("first", StepListener.SILENT);
        try (Stream<Path> files = Files.list(versions)) {
            return RevisionFile.read(files.filter(f -> f.toString().endsWith(".sql")).findFirst().orElseThrow());
        }
    }

    /** Runs the revision's upgrade with retort's runner, as {@code retort upgrade} does. */
    public static void upgrade(TestDatabase database, Revision revision) throws Exception {
        try (Connection connection = database.connect()) {
            VersionTable.standard().ensureExists(connection);
            new ScriptRunner(VersionTable.standard(), new AppliedBy("tester", "test")).upgrade(connection, revision);
        }
    }
}
