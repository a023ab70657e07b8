package dev.retort.convergence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which case a name, a catalog line or a message belongs to: the case whose prefix the name is, or starts with
 * followed by {@code _}. The longest owning prefix wins ({@code m_x_r_t} is case {@code x_r}'s, not {@code x}'s).
 */
final class Ownership {

    private final Map<String, ConvergenceCase> byPrefix = new HashMap<>();

    Ownership(List<ConvergenceCase> cases) {
        cases.forEach(c -> byPrefix.put(c.prefix(), c));
    }

    /**
     * The case owning the first name some case owns, or {@code null}. A quoted name may hold spaces or other
     * characters: each run of identifier characters in it is a name.
     */
    ConvergenceCase owner(List<String> names) {
        for (String name : names) {
            for (String token : name.split("[^A-Za-z0-9_]+")) {
                ConvergenceCase owner = ownerOf(token.toLowerCase(Locale.ROOT));
                if (owner != null) {
                    return owner;
                }
            }
        }
        return null;
    }

    /** The longest prefix of the name, cut at its end or before a {@code _}, that is a case's. */
    private ConvergenceCase ownerOf(String name) {
        for (int end = name.length(); end > 0; end = name.lastIndexOf('_', end - 1)) {
            ConvergenceCase c = byPrefix.get(name.substring(0, end));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The owner of the first identifier in a line of text that some case owns, or {@code null}. */
    ConvergenceCase ownerOfText(String text) {
        return owner(List.of(text));
    }

    /** The lines of a catalog that belong to each case (lines nobody owns are left out). */
    Map<ConvergenceCase, List<String>> split(List<String> lines) {
        Map<ConvergenceCase, List<String>> byCase = new LinkedHashMap<>();
        for (String line : lines) {
            ConvergenceCase owner = ownerOfText(line);
            if (owner != null) {
                byCase.computeIfAbsent(owner, c -> new ArrayList<>()).add(line);
            }
        }
        return byCase;
    }
}
