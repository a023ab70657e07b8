package dev.retort.revisions;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static dev.retort.revisions.TestRevisions.at;
import static dev.retort.revisions.TestRevisions.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionGraphTest {

    /** aaa1 ← bbb2 ← ccc3, given out of order. */
    private static final RevisionGraph CHAIN = RevisionGraph.of(List.of(
            at(3, "ccc3", "bbb2"), at(1, "aaa1"), at(2, "bbb2", "aaa1")));
    /** a0 ← b1 and a0 ← b2: two heads. */
    private static final RevisionGraph TWO_HEADS = RevisionGraph.of(List.of(
            at(1, "a0"), at(2, "b1", "a0"), at(3, "b2", "a0")));
    /** The two heads, merged by m4, then n5 on top. */
    private static final RevisionGraph MERGED = RevisionGraph.of(List.of(
            at(1, "a0"), at(2, "b1", "a0"), at(3, "b2", "a0"), at(4, "m4", "b1", "b2"), at(5, "n5", "m4")));

    @Test
    void aLinearChainIsOrderedParentsFirstWithOneHeadAndOneBase() {
        assertThat(ids(CHAIN.revisions())).containsExactly("aaa1", "bbb2", "ccc3");
        assertThat(ids(CHAIN.heads())).containsExactly("ccc3");
        assertThat(ids(CHAIN.bases())).containsExactly("aaa1");
        assertThat(CHAIN.ancestors("ccc3")).containsExactly("aaa1", "bbb2");
        assertThat(CHAIN.ancestors("aaa1")).isEmpty();
    }

    @Test
    void twoRevisionsFromOneParentAreTwoHeadsOrderedByCreationThenId() {
        assertThat(ids(TWO_HEADS.heads())).containsExactly("b1", "b2");
        assertThat(ids(TWO_HEADS.children("a0"))).containsExactly("b1", "b2");

        RevisionGraph sameTime = RevisionGraph.of(List.of(at(1, "a0"), at(2, "zz", "a0"), at(2, "yy", "a0")));
        assertThat(ids(sameTime.revisions())).containsExactly("a0", "yy", "zz");
        RevisionGraph laterFirstById = RevisionGraph.of(List.of(at(1, "a0"), at(3, "aa", "a0"), at(2, "zz", "a0")));
        assertThat(ids(laterFirstById.revisions())).containsExactly("a0", "zz", "aa");
    }

    @Test
    void theOrderDoesNotDependOnTheOrderRevisionsAreGiven() {
        List<Revision> reversed = new ArrayList<>(MERGED.revisions());
        Collections.reverse(reversed);

        assertThat(ids(RevisionGraph.of(reversed).revisions())).containsExactly("a0", "b1", "b2", "m4", "n5");
    }

    @Test
    void aMergeRevisionFollowsBothOfItsParents() {
        assertThat(ids(MERGED.heads())).containsExactly("n5");
        assertThat(MERGED.ancestors("m4")).containsExactly("a0", "b1", "b2");
        assertThat(MERGED.revision("m4").isMerge()).isTrue();
    }

    @Test
    void aCycleIsRefusedNamingItsRevisions() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(at(1, "a0"), at(2, "x1", "z3", "a0"), at(3, "y2", "x1"),
                at(4, "z3", "y2"))))
                .isInstanceOf(CycleException.class)
                .hasMessage("revisions form a cycle, each naming the next as its parent: x1 (versions/x1.sql), "
                        + "z3 (versions/z3.sql), y2 (versions/y2.sql), back to x1; fix their '-- retort:parents' lines")
                .satisfies(e -> assertThat(((CycleException) e).cycle()).containsExactly("x1", "z3", "y2"));
    }

    @Test
    void aMissingParentIsRefusedNamingTheRevisionAndTheParent() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(at(1, "a0"), at(2, "b1", "gone"))))
                .isInstanceOf(MissingParentException.class)
                .hasMessage("revision b1 (versions/b1.sql) names parent gone, which no revision file declares; "
                        + "restore that file or fix the '-- retort:parents' line");
    }

    @Test
    void twoRevisionsWithOneIdAreRefusedNamingBothFiles() {
        assertThatThrownBy(() -> RevisionGraph.of(List.of(at(1, "a0"), at(2, "a0"))))
                .isInstanceOf(DuplicateRevisionException.class)
                .hasMessage("revision a0 is declared by both versions/a0.sql and versions/a0.sql; give one of them "
                        + "a new '-- retort:revision' id");
    }

    @Test
    void headBaseAndHeadsResolve() {
        assertThat(CHAIN.resolve("head")).containsExactly("ccc3");
        assertThat(CHAIN.resolve("heads")).containsExactly("ccc3");
        assertThat(CHAIN.resolve("base")).isEmpty();
        assertThat(TWO_HEADS.resolve("heads")).containsExactly("b1", "b2");
    }

    @Test
    void headWithSeveralHeadsNamesThemAndSuggestsMerge() {
        assertThatThrownBy(() -> TWO_HEADS.resolve("head"))
                .isInstanceOf(MultipleHeadsException.class)
                .hasMessage("several heads: b1 (versions/b1.sql), b2 (versions/b2.sql); name one, use 'heads', "
                        + "or run 'retort merge' to join them");
    }

    @Test
    void idsResolveInFullOrByAUniquePrefix() {
        assertThat(CHAIN.resolve("bbb2")).containsExactly("bbb2");
        assertThat(CHAIN.resolve("bb")).containsExactly("bbb2");
        assertThat(CHAIN.resolve(" c ")).containsExactly("ccc3");
        assertThat(RevisionGraph.of(List.of(at(1, "ab"), at(2, "abc", "ab"))).resolve("ab")).containsExactly("ab");
    }

    @Test
    void anAmbiguousPrefixNamesTheCandidates() {
        assertThatThrownBy(() -> TWO_HEADS.resolve("b"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("'b' is ambiguous: several revision ids start with it: b1, b2; name one of them");
    }

    @Test
    void anUnknownSpecIsNamed() {
        assertThatThrownBy(() -> CHAIN.resolve("dd"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("no revision id starts with 'dd'; 'retort history' lists them");
    }

    @Test
    void relativeStepsGoFromTheCurrentRevision() {
        assertThat(CHAIN.resolve("+1", Set.of("aaa1"))).containsExactly("bbb2");
        assertThat(CHAIN.resolve("+2", Set.of("aaa1"))).containsExactly("ccc3");
        assertThat(CHAIN.resolve("+1", Set.of())).containsExactly("aaa1");
        assertThat(CHAIN.resolve("-1", Set.of("aaa1", "bbb2", "ccc3"))).containsExactly("bbb2");
        assertThat(CHAIN.resolve("-1", Set.of("aaa1"))).isEmpty();
    }

    @Test
    void anchoredStepsGoFromTheNamedRevision() {
        assertThat(CHAIN.resolve("head-1")).containsExactly("bbb2");
        assertThat(CHAIN.resolve("head-3")).isEmpty();
        assertThat(CHAIN.resolve("aaa1+2")).containsExactly("ccc3");
        assertThat(CHAIN.resolve("b+1")).containsExactly("ccc3");
        assertThat(CHAIN.resolve("base+1")).containsExactly("aaa1");
        assertThat(MERGED.resolve("head-1")).containsExactly("m4");
    }

    @Test
    void relativeStepsThatLeaveTheGraphOrForkAreRefused() {
        assertThatThrownBy(() -> CHAIN.resolve("head+1"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("'head+1' goes past the heads: ccc3 is a head after 0 step(s)");
        assertThatThrownBy(() -> CHAIN.resolve("head-4"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("'head-4' goes below base after 3 step(s)");
        assertThatThrownBy(() -> TWO_HEADS.resolve("a0+1"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("'a0+1' is ambiguous: a0 has several children: b1, b2; name one of them");
        assertThatThrownBy(() -> MERGED.resolve("head-2"))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("'head-2' is ambiguous: m4 merges several parents: b1, b2; name one of them");
        assertThatThrownBy(() -> TWO_HEADS.resolve("-1", Set.of("a0", "b1", "b2")))
                .isInstanceOf(AmbiguousRevisionException.class)
                .hasMessage("'-1' is ambiguous: the database is at several revisions: b1, b2; name one of them");
        assertThatThrownBy(() -> CHAIN.resolve("+1"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("'+1' is relative to the current revision, which is not known here; name a revision");
    }

    @Test
    void currentIsTheHeadsOfTheAppliedSet() {
        assertThat(MERGED.current(Set.of())).isEmpty();
        assertThat(MERGED.current(Set.of("a0", "b1"))).containsExactly("b1");
        assertThat(MERGED.current(Set.of("a0", "b1", "b2"))).containsExactly("b1", "b2");
        assertThat(MERGED.current(Set.of("a0", "b1", "b2", "m4"))).containsExactly("m4");
        assertThat(MERGED.current(Set.of("a0", "m4"))).containsExactly("m4");
        assertThat(MERGED.current(Set.of("b1", "b2"))).containsExactly("b1", "b2");
    }

    @Test
    void upgradingAppliesWhatTheTargetNeedsParentsFirst() {
        assertThat(ids(CHAIN.upgradePath(Set.of(), "head"))).containsExactly("aaa1", "bbb2", "ccc3");
        assertThat(ids(CHAIN.upgradePath(Set.of("aaa1"), "bbb2"))).containsExactly("bbb2");
        assertThat(ids(CHAIN.upgradePath(Set.of("aaa1"), "+1"))).containsExactly("bbb2");
        assertThat(ids(CHAIN.upgradePath(Set.of("aaa1", "bbb2", "ccc3"), "head"))).isEmpty();
        assertThat(ids(CHAIN.upgradePath(Set.of("aaa1", "bbb2", "ccc3"), "aaa1"))).isEmpty();
    }

    @Test
    void upgradingThroughAMergeAppliesBothBranchesFirst() {
        assertThat(ids(MERGED.upgradePath(Set.of(), "head"))).containsExactly("a0", "b1", "b2", "m4", "n5");
        assertThat(ids(MERGED.upgradePath(Set.of("a0", "b1"), "m4"))).containsExactly("b2", "m4");
        assertThat(ids(TWO_HEADS.upgradePath(Set.of("a0"), "heads"))).containsExactly("b1", "b2");
        assertThat(ids(TWO_HEADS.upgradePath(Set.of("a0"), "b2"))).containsExactly("b2");
    }

    @Test
    void downgradingRevertsWhatTheTargetDoesNotNeedChildrenFirst() {
        Set<String> all = Set.of("a0", "b1", "b2", "m4", "n5");

        assertThat(ids(MERGED.downgradePath(all, "base"))).containsExactly("n5", "m4", "b2", "b1", "a0");
        assertThat(ids(MERGED.downgradePath(all, "-1"))).containsExactly("n5");
        assertThat(ids(MERGED.downgradePath(all, "b1"))).containsExactly("n5", "m4", "b2");
        assertThat(ids(MERGED.downgradePath(all, "a0"))).containsExactly("n5", "m4", "b2", "b1");
        assertThat(ids(MERGED.downgradePath(Set.of("a0", "b1"), "head"))).isEmpty();
    }

    @Test
    void aRecordedRevisionWithoutAFileStopsPlanning() {
        assertThatThrownBy(() -> CHAIN.upgradePath(Set.of("aaa1", "lost"), "head"))
                .isInstanceOf(UnknownRevisionException.class)
                .hasMessage("the database records revision lost as applied, but no revision file declares it; "
                        + "restore its file, or fix the record with 'retort stamp'");
    }
}
