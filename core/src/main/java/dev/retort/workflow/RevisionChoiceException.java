package dev.retort.workflow;

/**
 * The revisions a command was given do not fit it: {@code show} needs exactly one, {@code merge} two or more. The
 * message is one line naming what was given and what to give instead.
 */
public final class RevisionChoiceException extends Exception {
    private static final long serialVersionUID = 1L;

    public RevisionChoiceException(String message) {
        super(message);
    }
}
