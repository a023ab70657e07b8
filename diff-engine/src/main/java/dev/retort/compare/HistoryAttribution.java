package dev.retort.compare;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Attributes each difference between the database and the entities by what the revision history says: the
 * differences between the history and the entities are what the developer changed since the last revision; those
 * between the database and the history are drift, made outside the revisions; what was accepted at adoption stays.
 */
final class HistoryAttribution implements Attribution {

    private final Map<Difference.Key, Difference> changed = new HashMap<>();
    private final Set<Difference.Key> drifted = new HashSet<>();
    private final AcceptedDifferences accepted;

    /**
     * @param historyToEntities  every difference between the history (as {@code current}) and the entities
     * @param databaseToHistory  every difference between the database (as {@code current}) and the history
     */
    HistoryAttribution(Comparison historyToEntities, Comparison databaseToHistory, AcceptedDifferences accepted) {
        historyToEntities.differences().forEach(d -> changed.putIfAbsent(d.key(), d));
        databaseToHistory.differences().forEach(d -> drifted.add(d.key()));
        this.accepted = accepted;
    }

    @Override
    public Cause causeOf(Difference difference) {
        if (accepted.accepts(difference)) {
            return Cause.ACCEPTED;
        }
        if (difference.category() == Category.UNSUPPORTED) {
            return Cause.NO_HISTORY;
        }
        Difference sinceHistory = changed.get(difference.key());
        boolean drift = drifted.contains(difference.key());
        if (sinceHistory != null && !accepted.accepts(sinceHistory)) {
            return sinceHistory.describable() ? Cause.CHANGE : drift ? Cause.DRIFT : Cause.HISTORY;
        }
        if (drift) {
            return Cause.DRIFT;
        }
        return sinceHistory != null ? Cause.ACCEPTED : Cause.NO_HISTORY;
    }

    boolean accepts(Difference difference) {
        return accepted.accepts(difference);
    }
}
