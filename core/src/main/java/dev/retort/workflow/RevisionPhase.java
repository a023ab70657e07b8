package dev.retort.workflow;

/**
 * Which part of what the entities changed {@code revision --autogenerate} writes: everything at once (the default),
 * or, for a rolling deploy, the part the running version can live with ({@code --expand}) and later the rest
 * ({@code --contract}). {@link dev.retort.plan.ExpandContractRules} decides which change is which.
 */
public enum RevisionPhase {
    EVERYTHING,
    EXPAND,
    CONTRACT
}
