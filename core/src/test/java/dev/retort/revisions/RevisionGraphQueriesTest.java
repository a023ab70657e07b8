package dev.retort.revisions;

import static dev.retort.revisions.TestRevisions.at;
import static dev.retort.revisions.TestRevisions.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What status, offline SQL and the applied-state check ask the graph: ranges, branch points, gaps. */
class RevisionGraphQueriesTest {

    /** a0 ← b1 and a0 ← b2, merged by m4, then n5 on top. */
    private static final RevisionGraph MERGED = RevisionGraph.of(List.of(
            at(1, "a0"), at(2, "b1", "a0"), at(3, "b2", "a0"), at(4, "m4", "b1", "b2"), at(5, "n5", "m4")));

    @Test
    void theGraphHoldsExactlyTheGivenIds() {
        assertThat(MERGED.size()).isEqualTo(5);
        assertThat(MERGED.contains("m4")).isTrue();
        assertThat(MERGED.contains("m")).isFalse();
        assertThat(MERGED.revision("b2").id()).isEqualTo("b2");
        assertThatThrownBy(() -> MERGED.revision("m"))
                .isInstanceOf(UnknownRevisionException.class).hasMessage("no revision has the id 'm'");
    }

    @Test
    void aRevisionsChildrenAreTheRevisionsNamingItAsParent() {
        assertThat(ids(MERGED.children("a0"))).containsExactly("b1", "b2");
        assertThat(ids(MERGED.children("b2"))).containsExactly("m4");
        assertThat(MERGED.children("n5")).isEmpty();
    }

    @Test
    void aBranchPointIsARevisionWithSeveralChildren() {
        assertThat(ids(MERGED.branchPoints())).containsExactly("a0");
        assertThat(RevisionGraph.of(List.of(at(1, "a0"), at(2, "b1", "a0"))).branchPoints()).isEmpty();
    }

    @Test
    void theRevisionsBetweenTwoEndsAreDescendantsOfTheOneAndAncestorsOfTheOther() {
        assertThat(ids(MERGED.between(Set.of("b1"), Set.of("n5")))).containsExactly("b1", "m4", "n5");
        assertThat(ids(MERGED.between(Set.of("a0"), Set.of("b2")))).containsExactly("a0", "b2");
        assertThat(ids(MERGED.between(Set.of(), Set.of("m4")))).containsExactly("a0", "b1", "b2", "m4");
        assertThat(MERGED.between(Set.of("n5"), Set.of("b1"))).isEmpty();
    }

    @Test
    void revisionsWithTheirAncestorsComeInTopologicalOrder() {
        assertThat(MERGED.withAncestors(Set.of("b2", "b1"))).containsExactly("a0", "b1", "b2");
        assertThat(MERGED.withAncestors(Set.of("n5"))).containsExactly("a0", "b1", "b2", "m4", "n5");
        assertThat(MERGED.withAncestors(Set.of())).isEmpty();
    }

    @Test
    void anAppliedRevisionWithoutAnAppliedParentIsReportedWithItsFirstMissingParent() {
        assertThat(MERGED.appliedWithoutParent(Set.of("a0", "m4"))).isEqualTo(Map.of("m4", "b1"));
        assertThat(MERGED.appliedWithoutParent(Set.of("a0", "b2", "m4"))).isEqualTo(Map.of("m4", "b1"));
        assertThat(MERGED.appliedWithoutParent(Set.of("b1", "n5"))).isEqualTo(Map.of("b1", "a0", "n5", "m4"));
        assertThat(MERGED.appliedWithoutParent(Set.of("a0", "b1"))).isEmpty();
        assertThatThrownBy(() -> MERGED.appliedWithoutParent(Set.of("a0", "lost")))
                .isInstanceOf(UnknownRevisionException.class).hasMessageContaining("records revision lost as applied");
    }

    @Test
    void aSpecIsCheckedAgainstTheFilesExceptStepsFromTheCurrentRevision() {
        assertThatCode(() -> MERGED.requireResolvable("+1")).doesNotThrowAnyException();
        assertThatCode(() -> MERGED.requireResolvable("-2")).doesNotThrowAnyException();
        assertThatCode(() -> MERGED.requireResolvable("m4")).doesNotThrowAnyException();
        assertThatThrownBy(() -> MERGED.requireResolvable("zz")).isInstanceOf(UnknownRevisionException.class);
        assertThatThrownBy(() -> MERGED.requireResolvable("head-2")).isInstanceOf(AmbiguousRevisionException.class);
    }

    @Test
    void planningToResolvedTargetsFromARecordWithoutAFileIsRefused() {
        assertThatThrownBy(() -> MERGED.upgradePath(Set.of("a0", "lost"), Set.of("n5")))
                .isInstanceOf(UnknownRevisionException.class).hasMessageContaining("records revision lost as applied");
        assertThatThrownBy(() -> MERGED.downgradePath(Set.of("a0", "lost"), Set.of()))
                .isInstanceOf(UnknownRevisionException.class).hasMessageContaining("records revision lost as applied");
    }

    @Test
    void aCycleReachedThroughASecondParentIsNamed() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(at(1, "a0"), at(2, "x1", "a0", "y2"), at(3, "y2", "x1"))))
                .isInstanceOf(CycleException.class)
                .satisfies(e -> assertThat(((CycleException) e).cycle()).containsExactly("x1", "y2"));
    }
}
