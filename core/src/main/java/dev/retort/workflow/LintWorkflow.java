package dev.retort.workflow;

import dev.retort.config.RetortConfig;
import dev.retort.lint.CatalogTableFacts;
import dev.retort.lint.LintReport;
import dev.retort.lint.RevisionLinter;
import dev.retort.lint.TableFacts;
import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionGraph;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code retort lint}: the risks production runs into with some revisions' upgrades ({@link RevisionLinter}), with
 * the configured database's table sizes when there is one. Also what {@code check} and
 * {@code revision --autogenerate} lint: the pending revisions, and the revision just written.
 */
public final class LintWorkflow {

    /**
     * @param report  what linting found
     * @param skipped the paths given that declare no revision (a deleted file, an undo script, a .conf), each in
     *                one line for stderr
     */
    public record Outcome(LintReport report, List<String> skipped) {
        public Outcome {
            skipped = List.copyOf(skipped);
        }
    }

    private final Project project;

    public LintWorkflow(Project project) {
        this.project = project;
    }

    /**
     * Lints what the selectors name, in the order the revisions apply: revision specs ({@code head}, an id or a
     * prefix), ranges {@code FROM:TO} (as {@code history -r}), or paths of revision files (a Liquibase changelog's
     * path: its changesets, read as the SQL Liquibase runs for them). No selector: the revisions the configured
     * database has not applied; without a configured database, the heads.
     */
    public Outcome lint(List<String> selectors) throws DatabaseException, RevisionChoiceException {
        RevisionGraph graph = project.graph();
        RetortConfig config = project.config();
        if (config.database().isEmbedded()) {
            Selection selection = selectors.isEmpty() ? new Selection(graph.heads(), List.of())
                    : select(graph, selectors, null, Set.of());
            return new Outcome(linter().lint(selection.revisions(), TableFacts.offline()), selection.skipped());
        }
        Database database = project.database();
        try (Connection connection = database.connect()) {
            AppliedState state = AppliedState.read(project, graph, connection);
            Selection selection = selectors.isEmpty() ? new Selection(pending(graph, state), List.of())
                    : select(graph, selectors, state.known(), graph.current(state.known()));
            return new Outcome(linter().lint(selection.revisions(), facts(connection)), selection.skipped());
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }

    /**
     * What {@code check} lints after its check: the revisions the configured database has not applied, or the heads
     * on the embedded database (the history replayed: nothing is pending there). Empty when a problem other than a
     * database behind the head stopped the check (several heads, revisions the directory cannot explain, an edited
     * applied file: which revisions are to come is in question).
     */
    public Optional<LintReport> pending(CheckWorkflow.Outcome checked) throws DatabaseException {
        boolean revisionsInOrder = checked.problems().stream()
                .allMatch(problem -> problem.kind() == CheckWorkflow.ProblemKind.NOT_UP_TO_DATE);
        if (!revisionsInOrder) {
            return Optional.empty();
        }
        try {
            return Optional.of(lint(List.of()).report());
        } catch (RevisionChoiceException e) {
            throw new IllegalStateException("no revision was named", e);
        }
    }

    /**
     * What {@code revision --autogenerate} lints: the revisions it just wrote, against the configured database it
     * compared with (which is at the head: as the new revisions will find it); offline on the embedded database,
     * whose tables are the history replayed, without the rows production has.
     */
    public Optional<LintReport> written(List<Revision> written) throws DatabaseException {
        if (written.isEmpty()) {
            return Optional.empty();
        }
        if (project.config().database().isEmbedded()) {
            return Optional.of(linter().lint(written, TableFacts.offline()));
        }
        Database database = project.database();
        try (Connection connection = database.connect()) {
            return Optional.of(linter().lint(written, facts(connection)));
        } catch (SQLException e) {
            throw new DatabaseException(database.explain(e), e);
        }
    }

    private RevisionLinter linter() {
        return new RevisionLinter(project.config().lint().disabled());
    }

    private TableFacts facts(Connection connection) throws SQLException {
        return CatalogTableFacts.read(connection, project.config().defaultSchema());
    }

    /** Not applied, and not a Liquibase changeset that its update skips here (see {@link AppliedState#skipped}). */
    private static List<Revision> pending(RevisionGraph graph, AppliedState state) {
        return graph.revisions().stream().filter(revision -> !state.applied().contains(revision.id())
                && !state.skipped().contains(revision.id())).toList();
    }

    private record Selection(List<Revision> revisions, List<String> skipped) {
    }

    /**
     * @param applied the applied revisions, for {@code +N}, {@code -N} and {@code current}; null without a database
     */
    private static Selection select(RevisionGraph graph, List<String> selectors, Set<String> applied,
                                    Set<String> current) throws RevisionChoiceException {
        Set<String> chosen = new LinkedHashSet<>();
        List<String> skipped = new ArrayList<>();
        for (String selector : selectors) {
            if (isPath(selector)) {
                Path file = Path.of(selector).toAbsolutePath().normalize();
                List<Revision> declared = graph.revisions().stream()
                        .filter(revision -> revision.file().toAbsolutePath().normalize().equals(file)).toList();
                if (declared.isEmpty()) {
                    skipped.add(selector + (Files.exists(file) ? " declares no revision" : " does not exist")
                            + ": skipped");
                }
                declared.forEach(revision -> chosen.add(revision.id()));
            } else if (selector.contains(":")) {
                StatusWorkflow.between(graph, selector, applied, current)
                        .forEach(revision -> chosen.add(revision.id()));
            } else {
                chosen.addAll(graph.resolve(selector, applied));
            }
        }
        List<Revision> inOrder = graph.revisions().stream().filter(revision -> chosen.contains(revision.id()))
                .toList();
        return new Selection(inOrder, skipped);
    }

    /** A file rather than a revision spec: it names a directory, a file name's extension, or an existing file. */
    private static boolean isPath(String selector) {
        String lower = selector.toLowerCase(Locale.ROOT);
        return selector.contains("/") || selector.contains(java.io.File.separator) || lower.endsWith(".sql")
                || lower.endsWith(".conf") || Files.isRegularFile(Path.of(selector));
    }
}
