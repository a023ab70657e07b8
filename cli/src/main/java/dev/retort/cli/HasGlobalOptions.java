package dev.retort.cli;

/** A command that mixes in {@link GlobalOptions}, so the error handler can honour {@code --verbose}. */
interface HasGlobalOptions {
    GlobalOptions globalOptions();
}
