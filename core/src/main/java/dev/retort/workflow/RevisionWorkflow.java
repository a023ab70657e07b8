package dev.retort.workflow;

import dev.retort.compare.Change;
import dev.retort.compare.RenameSuggestions;
import dev.retort.config.ConfigException;
import dev.retort.config.MigrationSettings;
import dev.retort.config.RetortConfig;
import dev.retort.dialect.postgresql.EnumLabelHazards;
import dev.retort.dialect.postgresql.NormalizationException;
import dev.retort.flyway.FlywayScriptWriter;
import dev.retort.liquibase.LiquibaseChangeLogWriter;
import dev.retort.ops.Operation;
import dev.retort.plan.MigrationPlan;
import dev.retort.reflect.ReflectionException;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import dev.retort.revisions.RevisionWriter;
import dev.retort.scanner.EntityScanException;
import dev.retort.scanner.ScanResult;
import dev.retort.schema.Provenance;
import dev.retort.templates.ReportedFinding;
import dev.retort.templates.RevisionDocument;
import dev.retort.templates.RevisionTemplates;
import dev.retort.templates.ScriptStatement;
import dev.retort.templates.TemplateRenderException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** {@code retort revision} and {@code retort merge}: write a new revision file. */
public final class RevisionWorkflow {

    /**
     * @param written     the new revision, or {@code null} when autogenerate found nothing to do
     * @param drift       what autogenerate compared, {@code null} for a hand-written revision
     * @param hazards     what the written revision does that PostgreSQL will refuse (see {@link EnumLabelHazards}),
     *                    also listed in the revision's header
     * @param destructive how many of the upgrade's statements may lose data (marked so in the revision)
     */
    public record Outcome(Revision written, Drift drift, List<String> hazards, int destructive,
                          List<Revision> alsoWritten, List<String> notes) {
        public Outcome {
            hazards = List.copyOf(hazards);
            alsoWritten = List.copyOf(alsoWritten);
            notes = List.copyOf(notes);
        }

        public Outcome(Revision written, Drift drift, List<String> hazards, int destructive,
                       List<Revision> alsoWritten) {
            this(written, drift, hazards, destructive, alsoWritten, List.of());
        }

        public Outcome(Revision written, Drift drift, List<String> hazards, int destructive) {
            this(written, drift, hazards, destructive, List.of());
        }

        Outcome(Revision written, Drift drift) {
            this(written, drift, List.of(), 0);
        }

        /**
         * Every revision written, in order: one, or for a Flyway project whose change has statements that must run
         * outside a transaction, a version for each run of them ({@code alsoWritten} after {@code written}).
         */
        public List<Revision> allWritten() {
            List<Revision> all = new ArrayList<>();
            if (written != null) {
                all.add(written);
            }
            all.addAll(alsoWritten);
            return all;
        }
    }

    private final Project project;
    private final Clock clock;

    public RevisionWorkflow(Project project, Clock clock) {
        this.project = project;
        this.clock = clock;
    }

    /** An empty revision on top of the single head, for the user to fill in. */
    public Outcome empty(String message) throws IOException, TemplateRenderException {
        RevisionGraph graph = project.graph();
        return new Outcome(write(message, List.copyOf(singleHead(graph)), List.of(), List.of(), List.of()).get(0),
                null);
    }

    /** A revision whose parents are the given revisions: it joins branches into one head. */
    public Outcome merge(String message, List<String> revisions)
            throws IOException, TemplateRenderException, RevisionChoiceException {
        if (project.runByFlyway()) {
            throw new RevisionChoiceException("Flyway's versions are a line, which no merge joins: renumber the"
                    + " branch's V scripts after the highest version instead");
        }
        if (project.runByLiquibase()) {
            throw new RevisionChoiceException("Liquibase's changesets are a line, in the master changelog's order,"
                    + " which no merge joins: include the branch's changelogs from the master in the order to run them");
        }
        RevisionGraph graph = project.graph();
        List<String> parents = revisions.stream().flatMap(spec -> graph.resolve(spec).stream()).distinct().toList();
        if (parents.size() < 2) {
            throw new RevisionChoiceException("merge needs two or more revisions to join, got " + parents
                    + ": name the heads ('retort heads' lists them)");
        }
        return new Outcome(write(message, parents, List.of(), List.of(), List.of()).get(0), null);
    }

    /**
     * Compares the entities with the database (which must be at the head) and writes the operations as a
     * revision; writes nothing when there is nothing to do.
     */
    public Outcome autogenerate(String message, StepListener steps) throws DatabaseException, NotUpToDateException,
            DivergedException, EntityScanException, ReflectionException, NormalizationException, IOException,
            TemplateRenderException, ConfigException, AdoptionException {
        return autogenerate(message, false, steps);
    }

    /**
     * @param withoutBaseline compare a database no revision explains with the entities anyway, under each kind's
     *                        conservative default, instead of refusing and asking for {@code retort baseline}
     */
    public Outcome autogenerate(String message, boolean withoutBaseline, StepListener steps) throws DatabaseException,
            NotUpToDateException, DivergedException, EntityScanException, ReflectionException, NormalizationException,
            IOException, TemplateRenderException, ConfigException, AdoptionException {
        return autogenerate(message, withoutBaseline, List.of(), steps);
    }

    /**
     * @param renames renames declared for this revision ({@code --rename}), on top of the configured ones
     *                ({@code revision.renames}): {@code table.column=new_column}, {@code table=new_table}
     */
    public Outcome autogenerate(String message, boolean withoutBaseline, List<String> renames, StepListener steps)
            throws DatabaseException, NotUpToDateException, DivergedException, EntityScanException,
            ReflectionException, NormalizationException, IOException, TemplateRenderException, ConfigException,
            AdoptionException {
        try {
            return autogenerate(message, withoutBaseline, RevisionPhase.EVERYTHING, renames, steps);
        } catch (RevisionChoiceException e) {
            throw new IllegalStateException("writing everything refuses nothing", e);
        }
    }

    /** See {@link #autogenerate(String, boolean, RevisionPhase, List, StepListener)}, with the configured renames. */
    public Outcome autogenerate(String message, boolean withoutBaseline, RevisionPhase phase, StepListener steps)
            throws DatabaseException, NotUpToDateException, DivergedException, EntityScanException,
            ReflectionException, NormalizationException, IOException, TemplateRenderException, ConfigException,
            AdoptionException, RevisionChoiceException {
        return autogenerate(message, withoutBaseline, phase, List.of(), steps);
    }

    /**
     * @param phase   everything the entities changed, or for a rolling deploy its expand part or the contract steps
     *                expand revisions left pending
     * @param renames renames declared for this revision ({@code --rename}), on top of the configured ones
     *                ({@code revision.renames}): {@code table.column=new_column}, {@code table=new_table}
     */
    public Outcome autogenerate(String message, boolean withoutBaseline, RevisionPhase phase, List<String> renames,
                                StepListener steps)
            throws DatabaseException, NotUpToDateException, DivergedException, EntityScanException,
            ReflectionException, NormalizationException, IOException, TemplateRenderException, ConfigException,
            AdoptionException, RevisionChoiceException {
        if (phase != RevisionPhase.EVERYTHING && (project.runByFlyway() || project.runByLiquibase())) {
            throw new RevisionChoiceException("--expand and --contract record what is pending in retort's own"
                    + " revision files, which " + (project.runByFlyway() ? "Flyway's scripts" : "Liquibase's changelogs")
                    + " are not: write the expand and the contract as two revisions of your choosing instead");
        }
        List<String> declared = new ArrayList<>(project.config().renames());
        declared.addAll(renames);
        RetortConfig config = project.config().withRenames(declared);
        RevisionGraph graph = project.graph();
        Set<String> parents = singleHead(graph);
        Database database = project.database();
        CompletableFuture<ScanResult> scanning = DriftDetection.startScan(project.config(), steps);
        Drift drift;
        try (Connection connection = database.connect()) {
            AppliedState state = AppliedState.read(project, graph, connection);
            state.requireConsistent(project);
            Heads.requireAtHeads(project, graph, state);
            drift = DriftDetection.detect(config, connection, scanning,
                    DriftDetection.history(project, state, steps), steps);
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        } catch (ReflectionException | NormalizationException e) {
            DatabaseException timeout = database.timeoutBehind(e);
            if (timeout != null) {
                throw timeout;
            }
            throw e;
        }
        if (!drift.unexplained().isEmpty() && !withoutBaseline) {
            throw AdoptionException.noBaseline(drift.unexplained(), database.describe(), project.runByLiquibase());
        }
        ExpandContractPlanning planned = steps.time("plan",
                () -> ExpandContractPlanning.of(phase, drift.comparison(), graph));
        MigrationPlan plan = planned.plan();
        if (planned.isEmpty()) {
            return new Outcome(null, drift, List.of(), 0, List.of(), planned.notes());
        }
        Provenance provenance = drift.provenance();
        List<ReportedFinding> findings = new ArrayList<>(drift.comparison().reported().stream()
                .map(d -> new ReportedFinding(d.path().kind().label() + " " + d.path(),
                        d.reason() + " [" + d.category().key() + "]")).toList());
        drift.warnings().forEach(warning -> findings.add(new ReportedFinding("entities", warning)));
        drift.suggestions().forEach(suggestion -> findings.add(new ReportedFinding(
                RenameSuggestions.Suggestion.LABEL, suggestion.what())));
        List<String> hazards = new ArrayList<>(EnumLabelHazards.in(operations(plan.upgrade()),
                "the upgrade"));
        hazards.addAll(EnumLabelHazards.in(operations(plan.downgrade()), "the downgrade"));
        hazards.forEach(hazard -> findings.add(new ReportedFinding("PostgreSQL will refuse this revision", hazard)));
        RevisionScripts.Style style = style();
        RevisionParts parts = project.runByFlyway() || project.runByLiquibase()
                ? RevisionParts.split(plan, provenance, style)
                : RevisionParts.whole(RevisionScripts.upgrade(plan, provenance, style),
                        RevisionScripts.downgrade(plan, provenance, style));
        if (flywayLocksInATransaction() && parts.parts().stream().anyMatch(part -> !part.transactional())) {
            parts = RevisionParts.split(plan, provenance, style.inOneTransaction());
            hazards.add(FLYWAY_TRANSACTIONAL_LOCK);
        }
        List<ScriptStatement> upgrade = parts.upgrade();
        steps.started("render");
        long start = System.nanoTime();
        List<Revision> written = write(message, List.copyOf(parents), parts, findings, planned);
        steps.finished("render", (System.nanoTime() - start) / 1_000_000);
        return new Outcome(written.get(0), drift, hazards,
                (int) upgrade.stream().filter(ScriptStatement::destructive).count(),
                written.subList(1, written.size()), planned.notes());
    }

    /**
     * Flyway's default on PostgreSQL: its lock is held by a transaction for the whole migrate, and a version run
     * outside a transaction that waits for older transactions (CREATE INDEX CONCURRENTLY) then waits for Flyway's own
     * forever (flyway/flyway#3497). Such a project's revision is one transactional version, in the blocking forms.
     */
    private boolean flywayLocksInATransaction() {
        return project.runByFlyway() && !project.config().flyway().sessionLock();
    }

    static final String FLYWAY_TRANSACTIONAL_LOCK = "written in the blocking forms (indexes built without CONCURRENTLY,"
            + " constraints validated in the transaction: `retort lint` names each), since Flyway holds its PostgreSQL"
            + " lock in a transaction, which a version run outside one would wait for forever: set"
            + " flyway.postgresql.transactional.lock=false (Spring Boot: spring.flyway.postgresql.transactional-lock"
            + "=false) for the lock-aware forms";

    /**
     * The configured lock timeout and lock-aware forms. Flyway and Liquibase get them too: a revision is written for
     * them as versions or changesets that run in a transaction or outside one ({@link RevisionParts}).
     */
    private RevisionScripts.Style style() {
        MigrationSettings migration = project.config().migration();
        return new RevisionScripts.Style(migration.lockTimeout(), migration.lockAware());
    }

    private static List<Operation> operations(List<Change> changes) {
        return changes.stream().map(Change::operation).toList();
    }

    /** The head a new revision goes on top of; the graph refuses when there are several. */
    private static Set<String> singleHead(RevisionGraph graph) {
        return graph.size() == 0 ? Set.of() : graph.resolve("head");
    }

    List<Revision> write(String message, List<String> parents, List<ScriptStatement> upgrade,
                         List<ScriptStatement> downgrade, List<ReportedFinding> findings)
            throws IOException, TemplateRenderException {
        return write(message, parents, RevisionParts.whole(upgrade, downgrade), findings, null);
    }

    /**
     * The revision written; for a Flyway project, the versions written (see {@link Outcome#allWritten()}): a version
     * for each run of parts that run in a transaction or outside one, as for Liquibase a changeset for each part.
     *
     * @param planned what an expand leaves pending or a contract completes; null for a revision of neither kind
     */
    private List<Revision> write(String message, List<String> parents, RevisionParts parts,
                                 List<ReportedFinding> findings, ExpandContractPlanning planned)
            throws IOException, TemplateRenderException {
        List<ScriptStatement> upgrade = parts.upgrade();
        List<ScriptStatement> downgrade = parts.downgrade();
        if (project.runByFlyway()) {
            FlywayScriptWriter writer = new FlywayScriptWriter(project.flywayLocations(),
                    RevisionTemplates.flywayForProject(project.config().scriptLocation()), project.config().flyway());
            return writer.write(new RevisionDocument(writer.nextVersion().toString(), parents, message,
                    clock.instant(), upgrade, downgrade, findings, RetortVersion.get()));
        }
        if (project.runByLiquibase()) {
            LiquibaseChangeLogWriter writer = new LiquibaseChangeLogWriter(project.liquibaseChangeLog(),
                    RevisionTemplates.liquibaseForProject(project.config().projectDirectory()));
            return List.of(writer.write(new RevisionDocument(writer.nextId(clock.instant()), parents, message,
                    clock.instant(), upgrade, downgrade, findings, RetortVersion.get()), parts.parts().stream()
                    .map(part -> new LiquibaseChangeLogWriter.ChangeSetDraft(part.transactional(), part.upgrade(),
                            part.downgrade())).toList()));
        }
        RevisionDocument document = new RevisionDocument(RevisionWriter.newRevisionId(), parents, message,
                clock.instant(), upgrade, downgrade, findings, RetortVersion.get());
        if (planned != null) {
            document = document.withRollout(planned.pending(), planned.completes());
        }
        return List.of(new RevisionWriter(project.config().versionsDirectory(), project.templates()).write(document));
    }
}
