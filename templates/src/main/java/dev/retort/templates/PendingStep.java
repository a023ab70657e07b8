package dev.retort.templates;

import java.util.Objects;

/**
 * A step an expand revision leaves for its contract (see {@code retort revision --expand}): written as a
 * {@code -- retort:pending <step>: <what>} line of the revision's header, and read back from it.
 *
 * @param step {@code <kind> <path>}, such as {@code drop-column public.customer.nick}: how the contract finds it again
 * @param what the step and why it waits, on one line
 */
public record PendingStep(String step, String what) {

    public PendingStep {
        step = OneLine.of(Objects.requireNonNull(step, "step"));
        what = OneLine.of(Objects.requireNonNull(what, "what"));
    }

    /** The text after {@code -- retort:pending }. */
    public String line() {
        return step + ": " + what;
    }
}
