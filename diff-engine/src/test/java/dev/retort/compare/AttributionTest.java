package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Why a difference is there: accepted at adoption, changed by the entities, drifted, made by the history. */
class AttributionTest {

    private static final ObjectPath EMAIL = ObjectPath.column(QualifiedName.of("public", "customer"), "email");

    private static Difference type(String database, String entities) {
        return new Difference(EMAIL, Aspect.TYPE, database, entities, "the entities map another type",
                Category.COLUMN_TYPE);
    }

    private static final Difference WIDER = type("text", "character varying(80)");
    private static final Difference PARTIAL_INDEX = new Difference(ObjectPath.index(EMAIL.owner(), "recent"),
            Aspect.PRESENCE, "btree [id] where (id > 10)", null, Reasons.NOT_DESCRIBED, Category.INDEX_EXTRA)
            .beyondEntities();
    private static final Difference TRIGGER = new Difference(ObjectPath.table(EMAIL.owner()), Aspect.SUPPORT, null,
            null, "the database has a trigger", Category.UNSUPPORTED);

    private static Comparison of(Difference... differences) {
        return new Comparison(List.of(), List.of(differences));
    }

    private static AcceptedDifferences accepting(Difference... differences) {
        return new AcceptedDifferences(List.of(differences).stream().map(AcceptedDifferences.Entry::of).toList());
    }

    @Test
    void anAcceptedDifferenceIsPinnedToItsValuesOnBothSides() {
        AcceptedDifferences accepted = accepting(WIDER);
        assertThat(accepted.accepts(WIDER)).isTrue();
        assertThat(accepted.accepts(type("text", "character varying(120)"))).isFalse();
        assertThat(accepted.accepts(type("character varying(200)", "character varying(80)"))).isFalse();
        assertThat(accepted.entries()).containsExactly(AcceptedDifferences.Entry.of(WIDER));
        assertThat(accepted.isEmpty()).isFalse();
        assertThat(AcceptedDifferences.none().isEmpty()).isTrue();
    }

    @Test
    void anAttributionAcceptingSomeDifferencesAsksItselfAboutTheOthers() {
        Attribution attribution = Attribution.NO_HISTORY.accepting(accepting(WIDER));
        assertThat(attribution.causeOf(WIDER)).isEqualTo(Cause.ACCEPTED);
        assertThat(attribution.causeOf(type("a", "b"))).isEqualTo(Cause.NO_HISTORY);
    }

    @Test
    void whenTheDatabaseIsTheHistoryTheEntitiesChangedWhatTheyCanDescribe() {
        assertThat(Attribution.DATABASE_IS_HISTORY.causeOf(WIDER)).isEqualTo(Cause.CHANGE);
        assertThat(Attribution.DATABASE_IS_HISTORY.causeOf(PARTIAL_INDEX)).isEqualTo(Cause.HISTORY);
        assertThat(Attribution.DATABASE_IS_HISTORY.causeOf(TRIGGER)).isEqualTo(Cause.NO_HISTORY);
    }

    @Test
    void whatTheEntitiesChangedSinceTheHistoryIsAChange() {
        HistoryAttribution attribution = new HistoryAttribution(of(WIDER), of(), AcceptedDifferences.none());
        assertThat(attribution.causeOf(WIDER)).isEqualTo(Cause.CHANGE);
        assertThat(attribution.causeOf(TRIGGER)).isEqualTo(Cause.NO_HISTORY);
    }

    @Test
    void whatOnlyTheDatabaseChangedIsDriftAndWhatNobodyChangedHasNoHistory() {
        HistoryAttribution attribution = new HistoryAttribution(of(), of(WIDER), AcceptedDifferences.none());
        assertThat(attribution.causeOf(WIDER)).isEqualTo(Cause.DRIFT);
        assertThat(attribution.causeOf(PARTIAL_INDEX)).isEqualTo(Cause.NO_HISTORY);
    }

    @Test
    void whatNoMappingCanStateIsTheHistorysUnlessTheDatabaseDriftedThere() {
        assertThat(new HistoryAttribution(of(PARTIAL_INDEX), of(), AcceptedDifferences.none())
                .causeOf(PARTIAL_INDEX)).isEqualTo(Cause.HISTORY);
        assertThat(new HistoryAttribution(of(PARTIAL_INDEX), of(PARTIAL_INDEX), AcceptedDifferences.none())
                .causeOf(PARTIAL_INDEX)).isEqualTo(Cause.DRIFT);
    }

    @Test
    void aDifferenceAcceptedOnEitherSideStays() {
        HistoryAttribution acceptedNow = new HistoryAttribution(of(WIDER), of(WIDER), accepting(WIDER));
        assertThat(acceptedNow.causeOf(WIDER)).isEqualTo(Cause.ACCEPTED);
        assertThat(acceptedNow.accepts(WIDER)).isTrue();
        assertThat(acceptedNow.accepts(TRIGGER)).isFalse();

        Difference sinceHistory = type("character varying(200)", "character varying(80)");
        HistoryAttribution acceptedInHistory = new HistoryAttribution(of(sinceHistory), of(),
                accepting(sinceHistory));
        assertThat(acceptedInHistory.causeOf(WIDER)).isEqualTo(Cause.ACCEPTED);
        assertThat(new HistoryAttribution(of(sinceHistory), of(WIDER), accepting(sinceHistory)).causeOf(WIDER))
                .isEqualTo(Cause.DRIFT);
    }
}
