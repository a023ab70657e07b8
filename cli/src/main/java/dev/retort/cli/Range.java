package dev.retort.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code FROM:TO} as {@code --sql} takes it; revision ids never hold a colon. */
record Range(String from, String to) {

    /** @param defaultFrom what a missing {@code FROM:} means, or null when it is required */
    static Range parse(String text, String defaultFrom, CommandSpec spec) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            if (defaultFrom == null) {
                throw new ParameterException(spec.commandLine(), "--sql needs FROM:TO (what the database is at, "
                        + "and where to go), e.g. head:base or head:-1; got '" + text + "'");
            }
            return new Range(defaultFrom, text.strip());
        }
        String from = text.substring(0, colon).strip();
        String to = text.substring(colon + 1).strip();
        if (from.isEmpty() || to.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--sql needs both sides of FROM:TO, got '" + text + "'");
        }
        return new Range(from, to);
    }
}
