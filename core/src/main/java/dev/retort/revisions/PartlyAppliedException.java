package dev.retort.revisions;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A statement failed after statements of the same revision had been committed, which only a
 * {@code -- retort:no-transaction} block makes possible. Nothing of it is recorded in the version table; the message
 * says, in one line, which statements ran, which failed and which did not run, and what the user must do.
 */
public final class PartlyAppliedException extends RevisionException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final boolean upgrade;
    private final List<Integer> ran;
    private final int failed;
    private final List<Integer> notRun;

    PartlyAppliedException(Revision revision, boolean upgrade, ScriptFailedException failure,
                           List<SqlStatement> ran, List<SqlStatement> notRun) {
        this(revision.id(), upgrade, failure, lines(ran), failure.line(), lines(notRun), null);
    }

    private PartlyAppliedException(String revision, boolean upgrade, ScriptFailedException failure, List<Integer> ran,
                                   int failed, List<Integer> notRun, List<String> stampTarget) {
        super(message(revision, upgrade, failure, ran, notRun, stampTarget), failure);
        this.revision = revision;
        this.upgrade = upgrade;
        this.ran = List.copyOf(ran);
        this.failed = failed;
        this.notRun = List.copyOf(notRun);
    }

    /**
     * The same failure, telling the user what to stamp once the rest is finished by hand.
     *
     * @param stampTarget the revisions that are then current (what {@code retort stamp} should be given); empty
     *                    for base
     */
    public PartlyAppliedException withStampTarget(List<String> stampTarget) {
        return new PartlyAppliedException(revision, upgrade, (ScriptFailedException) getCause(), ran, failed, notRun,
                stampTarget);
    }

    public String revision() {
        return revision;
    }

    /** The lines of the statements that ran and stay committed. */
    public List<Integer> ran() {
        return ran;
    }

    /** The line PostgreSQL's error points at. */
    public int failed() {
        return failed;
    }

    /** The lines of the statements that did not run. */
    public List<Integer> notRun() {
        return notRun;
    }

    private static String message(String revision, boolean upgrade, ScriptFailedException failure, List<Integer> ran,
                                  List<Integer> notRun, List<String> stampTarget) {
        String verb = upgrade ? "upgrade" : "downgrade";
        String stamp = stampTarget == null ? "stamp it" : "run 'retort stamp "
                + (stampTarget.isEmpty() ? "base" : String.join(" ", stampTarget)) + "'";
        return failure.getMessage() + "; revision " + revision + " is partly " + (upgrade ? "applied" : "reverted")
                + ": the statements at " + describe(ran) + " ran and stay committed, "
                + (notRun.isEmpty() ? "none after it was left" : describe(notRun) + " did not run")
                + ", and the version table still records it as " + (upgrade ? "not applied" : "applied")
                + ": undo what ran by hand and run 'retort " + verb + "' again, or finish the rest by hand and "
                + stamp;
    }

    private static String describe(List<Integer> lines) {
        return (lines.size() == 1 ? "line " : "lines ")
                + lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static List<Integer> lines(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::line).toList();
    }
}
