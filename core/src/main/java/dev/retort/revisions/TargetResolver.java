package dev.retort.revisions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a revision spec into the set of revision ids it names; see {@link RevisionGraph#resolve(String, Set)}. */
final class TargetResolver {

    static final String HEAD = "head";
    static final String HEADS = "heads";
    static final String BASE = "base";

    /** Ids never hold '+' or '-', so a trailing sign and number is always a relative step. */
    private static final Pattern RELATIVE = Pattern.compile("(.*?)([+-])(\\d{1,9})");

    private final RevisionGraph graph;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /** Whether the spec counts from the current revisions ({@code +N}, {@code -N}), which only the database knows. */
    static boolean isRelativeToCurrent(String spec) {
        Matcher relative = RELATIVE.matcher(spec == null ? "" : spec.strip());
        return relative.matches() && relative.group(1).isEmpty();
    }

    /** @param current the current revisions for {@code +N}/{@code -N}, or null when there are none to be had */
    Set<String> resolve(String spec, Set<String> current) {
        String trimmed = spec == null ? "" : spec.strip();
        Matcher relative = RELATIVE.matcher(trimmed);
        if (relative.matches()) {
            String from = start(trimmed, relative.group(1), current);
            int steps = Integer.parseInt(relative.group(3));
            String reached = relative.group(2).equals("+") ? up(trimmed, from, steps) : down(trimmed, from, steps);
            return reached == null ? Set.of() : Set.of(reached);
        }
        return switch (trimmed) {
            case BASE -> Set.of();
            case HEADS -> ids(graph.heads());
            // Without revisions, head is base: a deploy of a project that has none yet has nothing to do.
            case HEAD -> graph.size() == 0 ? Set.of() : Set.of(head());
            default -> Set.of(lookup(trimmed));
        };
    }

    /** Where a relative step starts; null means base. */
    private String start(String spec, String anchor, Set<String> current) {
        if (!anchor.isEmpty()) {
            return switch (anchor) {
                case BASE -> null;
                case HEAD, HEADS -> head();
                default -> lookup(anchor);
            };
        }
        if (current == null) {
            throw new UnknownRevisionException(spec, "'" + spec + "' is relative to the current revision, which is "
                    + "not known here; name a revision");
        }
        if (current.size() > 1) {
            throw new AmbiguousRevisionException(spec, "the database is at several revisions",
                    new ArrayList<>(current));
        }
        return current.isEmpty() ? null : current.iterator().next();
    }

    private String up(String spec, String from, int steps) {
        String at = from;
        for (int step = 0; step < steps; step++) {
            List<Revision> next = at == null ? graph.bases() : graph.children(at);
            if (next.isEmpty()) {
                throw new UnknownRevisionException(spec, "'" + spec + "' goes past the heads: "
                        + (at == null ? "there are no revisions" : at + " is a head") + " after " + step + " step(s)");
            }
            if (next.size() > 1) {
                throw new AmbiguousRevisionException(spec,
                        (at == null ? "there are several bases" : at + " has several children"), ids(next));
            }
            at = next.get(0).id();
        }
        return at;
    }

    private String down(String spec, String from, int steps) {
        String at = from;
        for (int step = 0; step < steps; step++) {
            if (at == null) {
                throw new UnknownRevisionException(spec, "'" + spec + "' goes below base after " + step + " step(s)");
            }
            List<String> parents = graph.revision(at).parents();
            if (parents.size() > 1) {
                throw new AmbiguousRevisionException(spec, at + " merges several parents", parents);
            }
            at = parents.isEmpty() ? null : parents.get(0);
        }
        return at;
    }

    private String head() {
        List<Revision> heads = graph.heads();
        if (heads.size() > 1) {
            throw new MultipleHeadsException(heads);
        }
        if (heads.isEmpty()) {
            throw new UnknownRevisionException(HEAD, "there is no head: no revision exists yet");
        }
        return heads.get(0).id();
    }

    /** A full id, or a prefix that only one id starts with. */
    private String lookup(String spec) {
        if (spec.isEmpty()) {
            throw new UnknownRevisionException(spec,
                    "an empty revision was given; name a revision, head, heads or base");
        }
        if (graph.contains(spec)) {
            return spec;
        }
        List<String> matches = graph.revisions().stream().map(Revision::id).filter(id -> id.startsWith(spec)).sorted()
                .toList();
        if (matches.isEmpty()) {
            throw new UnknownRevisionException(spec, "no revision id starts with '" + spec
                    + "'; 'retort history' lists them");
        }
        if (matches.size() > 1) {
            throw new AmbiguousRevisionException(spec, "several revision ids start with it", matches);
        }
        return matches.get(0);
    }

    private static Set<String> ids(List<Revision> revisions) {
        Set<String> ids = new LinkedHashSet<>();
        revisions.forEach(revision -> ids.add(revision.id()));
        return Collections.unmodifiableSet(ids);
    }
}
