package dev.retort.cli;

import dev.retort.revisions.Revision;
import dev.retort.revisions.RevisionFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Revision files written by hand, as a team writes them next to generated ones: for tests of the revision
 * machinery (locking, merging, checksums, offline SQL), where autogenerate is not the point.
 */
final class HandRevisions {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private HandRevisions() {
    }

    /** Writes {@code <id>_<message>.sql} into {@code versions} and reads it back. */
    static Revision write(Path versions, String id, List<String> parents, int minute, String message, String upgrade,
                          String downgrade) {
        String text = "-- retort:revision " + id + "\n"
                + "-- retort:parents" + (parents.isEmpty() ? "" : " " + String.join(" ", parents)) + "\n"
                + "-- retort:message " + message + "\n"
                + "-- retort:created " + T0.plusSeconds(60L * minute) + "\n"
                + "\n-- retort:upgrade\n\n" + upgrade.strip() + "\n"
                + "\n-- retort:downgrade\n\n" + downgrade.strip() + "\n";
        Path file = versions.resolve(id + "_" + message.replaceAll("[^a-z0-9]+", "_") + ".sql");
        try {
            Files.createDirectories(versions);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RevisionFile.read(file);
    }

    /** The id of step {@code n} (1-based) of a chain: rev01, rev02, ... */
    static String step(int n) {
        return String.format("rev%02d", n);
    }

    /**
     * A chain of {@code count} revisions, each creating {@code step_NN} and logging itself in {@code applied_log}
     * (made by the first, with the backend's pid), so that a revision applied twice shows. {@code extra} adds
     * statements to step n's upgrade (null for none).
     */
    static List<Revision> chain(Path versions, int count, IntFunction<String> extra) {
        List<Revision> chain = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            String table = String.format("public.step_%02d", n);
            StringBuilder upgrade = new StringBuilder();
            StringBuilder downgrade = new StringBuilder();
            if (n == 1) {
                upgrade.append("CREATE TABLE public.applied_log (revision text NOT NULL, backend integer NOT NULL "
                        + "DEFAULT pg_backend_pid());\n");
            }
            upgrade.append("CREATE TABLE ").append(table).append(" (id integer PRIMARY KEY);\n")
                    .append("INSERT INTO public.applied_log (revision) VALUES ('").append(step(n)).append("');\n");
            String more = extra == null ? null : extra.apply(n);
            if (more != null) {
                upgrade.append(more).append('\n');
            }
            downgrade.append("DELETE FROM public.applied_log WHERE revision = '").append(step(n)).append("';\n")
                    .append("DROP TABLE ").append(table).append(";\n");
            if (n == 1) {
                downgrade.append("DROP TABLE public.applied_log;\n");
            }
            chain.add(write(versions, step(n), n == 1 ? List.of() : List.of(step(n - 1)), n, "step " + n,
                    upgrade.toString(), downgrade.toString()));
        }
        return chain;
    }
}
