package dev.retort.lint;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFileException;
import dev.retort.revisions.SqlStatement;
import dev.retort.schema.ColumnType;
import dev.retort.schema.QualifiedName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lints revisions' upgrade sections (a downgrade undoes, and loses what the upgrade added by design), in the order
 * they apply: a table created by an earlier linted revision is new for the later ones.
 *
 * <p>Each statement is read by {@link StatementReader} over the one SQL lexer's tokens; SQL it does not follow (a
 * {@code DO} block, a function) is passed over, never an error. Each rule finds at most once per statement (its
 * details joined). {@code -- retort:lint-ignore RULE reason} above a statement, or {@code -- retort:lint-ignore-file
 * RULE reason} in the header, accepts the rule's findings there; such a line without a reason or naming no rule is a
 * {@link RevisionFileException} naming its file and line.
 */
public final class RevisionLinter {

    private static final Comparator<Placed> RANKING = Comparator
            .comparing((Placed placed) -> placed.finding().size().map(TableSize::bytes).orElse(-1L),
                    Comparator.reverseOrder())
            .thenComparingInt(Placed::revisionIndex)
            .thenComparingInt(placed -> placed.finding().line())
            .thenComparing(placed -> placed.finding().rule());

    private record Placed(int revisionIndex, LintFinding finding) {
    }

    private final Set<LintRule> disabled;

    /** @param disabled rules switched off for the whole project ({@code lint.disable}) */
    public RevisionLinter(Set<LintRule> disabled) {
        this.disabled = Set.copyOf(disabled);
    }

    /**
     * @param revisions in the order they apply
     * @throws RevisionFileException when a {@code -- retort:lint-ignore} line names no rule or gives no reason
     */
    public LintReport lint(List<Revision> revisions, TableFacts facts) {
        StatementReader reader = new StatementReader(facts.defaultSchema());
        LintedTables tables = new LintedTables(facts);
        List<Placed> placed = new ArrayList<>();
        for (int index = 0; index < revisions.size(); index++) {
            Revision revision = revisions.get(index);
            Map<LintRule, String> acceptedInFile = LintIgnores.wholeFile(revision.fileLintIgnores(), revision.file());
            tables.restoredByDowngrade(restoredTypes(revision, reader));
            TableRules tableRules = new TableRules(tables);
            LockTimeoutRule lockTimeout = new LockTimeoutRule(tables);
            for (SqlStatement statement : revision.upgrade().statements()) {
                Map<LintRule, String> accepted = new LinkedHashMap<>(acceptedInFile);
                accepted.putAll(LintIgnores.statement(statement.lintIgnores(), revision.file()));
                Ddl ddl = reader.read(statement.sql());
                List<Found> found = new ArrayList<>(tableRules.check(ddl, statement));
                lockTimeout.check(ddl, statement).ifPresent(found::add);
                for (LintFinding finding : findings(found, revision, statement, accepted, tables)) {
                    placed.add(new Placed(index, finding));
                }
                tables.record(ddl);
            }
        }
        placed.sort(RANKING);
        return new LintReport(revisions.stream().map(Revision::id).toList(),
                placed.stream().map(Placed::finding).toList());
    }

    /**
     * The column types the revision's downgrade sets back: the types before its upgrade, for a linter that cannot ask
     * the database (the embedded one has the revision applied already). The first one named wins, as the downgrade
     * undoes the upgrade's changes of a column last to first.
     */
    private static Map<LintedTables.ColumnKey, ColumnType> restoredTypes(Revision revision, StatementReader reader) {
        Map<LintedTables.ColumnKey, ColumnType> restored = new HashMap<>();
        List<SqlStatement> downgrade = new ArrayList<>(revision.downgrade().statements());
        Collections.reverse(downgrade);
        for (SqlStatement statement : downgrade) {
            if (reader.read(statement.sql()) instanceof Ddl.AlterTable alter) {
                for (AlterAction action : alter.actions()) {
                    if (action instanceof AlterAction.ChangeType change && change.type().isPresent()) {
                        restored.put(new LintedTables.ColumnKey(alter.table(), change.column()), change.type().get());
                    }
                }
            }
        }
        return restored;
    }

    /** One finding per rule: the statement's details of that rule joined, the first table named, sized. */
    private List<LintFinding> findings(List<Found> found, Revision revision, SqlStatement statement,
                                       Map<LintRule, String> accepted, LintedTables tables) {
        Map<LintRule, List<Found>> byRule = found.stream().filter(f -> !disabled.contains(f.rule()))
                .collect(Collectors.groupingBy(Found::rule, LinkedHashMap::new, Collectors.toList()));
        List<LintFinding> findings = new ArrayList<>();
        byRule.forEach((rule, ofRule) -> {
            Optional<QualifiedName> table = ofRule.stream().flatMap(f -> f.table().stream()).findFirst();
            String detail = ofRule.stream().map(Found::detail).distinct().collect(Collectors.joining("; "));
            findings.add(new LintFinding(rule, revision.id(), revision.file(), statement.line(), table, detail,
                    table.flatMap(tables::size), Optional.ofNullable(accepted.get(rule))));
        });
        return findings;
    }
}
