package dev.retort.compare;

import dev.retort.compare.Category.Action;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.SchemaModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the database with the entities knowing the schema the revision history produces (replayed into a
 * scratch database), the way Prisma's shadow database and Atlas's dev database do. The history tells intent from
 * difference: what the entities changed since the last revision becomes operations, rendered against the
 * database's real state (its real names and types); what the database changed outside the revisions is reported as
 * drift and never undone; what the history made that the entities cannot describe stays; what the team accepted at
 * adoption stays.
 */
public final class HistoryComparison {

    /**
     * The three schemas, each normalized: the entities twice, as normalized on the database's server and on the
     * history's, so that each pair is compared in one server's printing.
     */
    public record Sides(SchemaModel database, SchemaModel entities, SchemaModel history,
                        SchemaModel entitiesForHistory) {
        public Sides {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(entities, "entities");
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(entitiesForHistory, "entitiesForHistory");
        }
    }

    private HistoryComparison() {
    }

    public static Comparison compare(Sides sides, AcceptedDifferences accepted, CompareOptions options) {
        CompareOptions listing = new CompareOptions(options.policy().listingEverything(), options.widening(),
                options.madeUpNames(), Attribution.NO_HISTORY, options.renames());
        Comparison sinceHistory = SchemaComparator.compare(sides.history(), sides.entitiesForHistory(), listing);
        // Drift is found between the database and the history each renamed as declared, so that a difference of a
        // renamed table or column has the key it has in the other two comparisons: under the new name.
        Comparison drift = SchemaComparator.compare(renamed(sides.database(), sides.entities(), listing),
                renamed(sides.history(), sides.entitiesForHistory(), listing),
                listing.with(MadeUpNames.none()).with(Renames.NONE));
        HistoryAttribution attribution = new HistoryAttribution(sinceHistory, drift, accepted);
        Comparison result = SchemaComparator.compare(sides.database(), sides.entities(), options.with(attribution));
        Set<Difference.Key> inDatabase = new HashSet<>();
        SchemaComparator.compare(sides.database(), sides.entities(), listing).differences()
                .forEach(d -> inDatabase.add(d.key()));
        List<Difference> reported = new ArrayList<>(result.reported());
        for (Difference changed : sinceHistory.differences()) {
            if (!inDatabase.contains(changed.key()) && madeByHand(changed, attribution, options.policy())) {
                reported.add(new Difference(changed.path(), changed.aspect(), changed.from(), changed.to(),
                        changed.reason() + "; the database already has this, but no revision makes it",
                        changed.category(), changed.identity(), changed.describable(), Cause.DRIFT));
            }
        }
        return new Comparison(result.changes(), reported);
    }

    private static SchemaModel renamed(SchemaModel side, SchemaModel entities, CompareOptions listing) {
        return HintedRenames.apply(side, entities, listing.renames(),
                new Outcome(listing.policy(), Attribution.NO_HISTORY)).current();
    }

    /**
     * A change since the last revision that the database already shows: someone made it by hand. Worth reporting
     * unless it was accepted, the entities cannot describe it, or a rule ignores its kind.
     */
    private static boolean madeByHand(Difference changed, HistoryAttribution attribution, ComparePolicy policy) {
        return changed.describable() && changed.category() != Category.UNSUPPORTED && !attribution.accepts(changed)
                && policy.ruleFor(changed.category(), changed.path()).orElse(Action.REPORT) != Action.IGNORE;
    }
}
