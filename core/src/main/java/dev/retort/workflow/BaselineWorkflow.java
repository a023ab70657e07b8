package dev.retort.workflow;

import dev.retort.compare.Attribution;
import dev.retort.compare.Change;
import dev.retort.compare.CompareOptions;
import dev.retort.compare.Comparison;
import dev.retort.compare.Difference;
import dev.retort.compare.SchemaComparator;
import dev.retort.config.ConfigException;
import dev.retort.dialect.postgresql.EquivalentTypes;
import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.dialect.postgresql.PostgresNormalizer;
import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.ops.CreateView;
import dev.retort.plan.MigrationPlan;
import dev.retort.reflect.ReflectionException;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.RevisionWriter;
import dev.retort.scanner.EntityScanException;
import dev.retort.scanner.ScanResult;
import dev.retort.schema.Provenance;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Unsupported;
import dev.retort.schema.View;
import dev.retort.templates.ReportedFinding;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.ScriptStatement;
import dev.retort.templates.TemplateRenderException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code retort baseline}: adopts a database no revision explains. Writes a first revision that records the schema as
 * it is (as retort models it, so that replaying the history into an empty database rebuilds it), stamps it applied,
 * and writes the differences between the entities and the database that retort would not apply on its own — the
 * database's wider types, stricter NOT NULLs, constraints, rules, names and objects of its own — to
 * {@code accepted-differences.tsv}, where a reviewer sees them and retort keeps them as they are. What the entities
 * positively require that the database lacks stays a difference: the next {@code revision --autogenerate} writes it.
 */
public final class BaselineWorkflow {

    /**
     * @param revision     the baseline revision, stamped as applied
     * @param accepted     the differences accepted as they are
     * @param remaining    the differences the next {@code revision --autogenerate} turns into SQL
     * @param acceptedFile where the accepted differences are listed
     * @param notRebuilt   what the database has that the baseline cannot write (triggers, functions...)
     * @param warnings     the scan's notes, and whether the baseline replays into exactly the database
     */
    public record Outcome(Revision revision, List<Difference> accepted, List<Difference> remaining, Path acceptedFile,
                          List<String> notRebuilt, List<String> warnings) {
    }

    private final Project project;
    private final Clock clock;

    public BaselineWorkflow(Project project, Clock clock) {
        this.project = project;
        this.clock = clock;
    }

    public Outcome baseline(String message, StepListener steps) throws DatabaseException, AdoptionException,
            EntityScanException, ReflectionException, NormalizationException, IOException, TemplateRenderException,
            ConfigException {
        RunByAnotherToolException.refuseIfRunByAnotherTool(project, "baseline");
        RevisionGraph graph = project.graph();
        if (graph.size() > 0) {
            throw AdoptionException.alreadyHasRevisions(project.config().versionsDirectory(), graph);
        }
        Database database = project.database();
        CompletableFuture<ScanResult> scanning = DriftDetection.startScan(project.config(), steps);
        SchemaModel schema;
        Comparison comparison;
        ScanResult scan;
        try (Connection connection = database.connect()) {
            if (!project.versionTable().applied(connection).isEmpty()) {
                throw AdoptionException.alreadyApplied(database.describe());
            }
            PostgresNormalizer.Normalized live;
            try (LiveNormalization normalization = LiveNormalization.prepare(project.config(), connection, steps)) {
                schema = DriftDetection.read(project.config(), connection, scanning, steps);
                scan = DriftDetection.join(scanning);
                live = normalization.normalize(schema, scan);
            }
            comparison = steps.time("compare", () -> SchemaComparator.compare(live.current(), live.target(),
                    new CompareOptions(project.config().policy(), PostgresTypeWidening.INSTANCE, live.madeUpNames(),
                            Attribution.NO_HISTORY)));
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        } catch (ReflectionException | NormalizationException e) {
            DatabaseException timeout = database.timeoutBehind(e);
            if (timeout != null) {
                throw timeout;
            }
            throw e;
        }
        MigrationPlan plan = steps.time("plan", () -> recording(schema, project));
        List<ReportedFinding> findings = new ArrayList<>();
        List<String> notRebuilt = schema.unsupported().stream()
                .map(u -> u.path().kind().label() + " " + u.path() + ": " + u.what()).toList();
        notRebuilt.forEach(what -> findings.add(new ReportedFinding("not recorded by this baseline", what)));
        Revision revision = write(message, plan, findings);
        new MigrationWorkflow(project).stamp(List.of(revision.id()), MigrationEvents.SILENT);
        List<Difference> accepted = comparison.reported();
        Path acceptedFile = project.config().acceptedDifferencesFile();
        AcceptedDifferencesFile.write(acceptedFile, accepted);
        List<Difference> remaining = comparison.changes().stream().flatMap(c -> c.differences().stream()).distinct()
                .toList();
        List<String> warnings = new ArrayList<>(scan.warnings());
        warnings.addAll(replayCheck(schema, steps));
        return new Outcome(revision, accepted, remaining, acceptedFile, notRebuilt, warnings);
    }

    /** Everything the database holds, as operations from an empty database: schemas, types, sequences, tables, views. */
    private static MigrationPlan recording(SchemaModel schema, Project project) {
        SchemaModel empty = SchemaModel.empty("public");
        CompareOptions everything = CompareOptions.withoutHistory(project.config().policy().listingEverything(),
                PostgresTypeWidening.INSTANCE);
        Comparison creation = SchemaComparator.compare(empty, schema.withViews(List.of()), everything);
        List<Change> changes = new ArrayList<>(creation.changes());
        for (View view : schema.views()) {
            if (!project.config().policy().ignores(view.name())) {
                changes.add(Change.of(new CreateView(view)));
            }
        }
        return MigrationPlan.of(new Comparison(changes, List.of()));
    }

    private Revision write(String message, MigrationPlan plan, List<ReportedFinding> findings)
            throws IOException, TemplateRenderException {
        List<ScriptStatement> upgrade = RevisionScripts.upgrade(plan, Provenance.none(),
                RevisionScripts.Style.PLAIN);
        List<ScriptStatement> downgrade = RevisionScripts.downgrade(plan, Provenance.none(),
                RevisionScripts.Style.PLAIN);
        RevisionDocument document = new RevisionDocument(RevisionWriter.newRevisionId(), List.of(), message,
                clock.instant(), upgrade, downgrade, findings, RetortVersion.get());
        return new RevisionWriter(project.config().versionsDirectory(), project.templates()).write(document);
    }

    /**
     * Replays the baseline into a scratch database and compares the result with the database: anything retort's
     * model does not rebuild exactly is said now, not discovered as drift later.
     */
    private List<String> replayCheck(SchemaModel schema, StepListener steps) {
        if (project.config().history().mode() == dev.retort.config.HistorySettings.Mode.OFF) {
            return List.of();
        }
        try (ReplayedHistory replayed = ReplayedHistory.replay(project, steps)) {
            SchemaModel history = EquivalentTypes.align(replayed.model(), schema);
            Comparison rebuilt = SchemaComparator.compare(schema, history, CompareOptions.withoutHistory(
                    project.config().policy().listingEverything(), PostgresTypeWidening.INSTANCE));
            return rebuilt.differences().stream()
                    .filter(d -> d.category() != dev.retort.compare.Category.UNSUPPORTED)
                    .map(d -> "the baseline does not rebuild this exactly: " + d.describe()).toList();
        } catch (HistoryUnavailableException e) {
            return List.of(e.getMessage() + " (the baseline is written and stamped; fix the revision by hand so that"
                    + " new environments can be built from it)");
        }
    }
}
