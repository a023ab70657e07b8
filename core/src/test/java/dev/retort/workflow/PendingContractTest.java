package dev.retort.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Checksum;
import dev.retort.revisions.Revision;
import dev.retort.revisions.Rollout;
import dev.retort.revisions.Script;
import dev.retort.templates.PendingStep;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is pending is read from the revisions at hand: an expand's steps, until a contract among them completes it.
 * So a database where the expand is downgraded (not applied) has nothing pending from it, and on branches each
 * expand stays pending until a contract that has it among its revisions completes it.
 */
class PendingContractTest {

    private static final PendingStep DROP_NICK = new PendingStep("drop-column public.customer.nick", "drop column");
    private static final PendingStep DROP_NOTE = new PendingStep("drop-table public.note", "drop table");

    private static Revision revision(int minute, String id, Rollout rollout, String... parents) {
        return new Revision(id, List.of(parents), "message of " + id,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * minute), Path.of(id + ".sql"),
                Checksum.of(id), Script.empty(), Script.empty(), rollout);
    }

    private final Revision base = revision(0, "a", Rollout.NONE);
    private final Revision expand = revision(1, "b", new Rollout(List.of(DROP_NICK), List.of()), "a");
    private final Revision otherExpand = revision(2, "c", new Rollout(List.of(DROP_NOTE), List.of()), "a");
    private final Revision contract = revision(3, "d", new Rollout(List.of(), List.of("b")), "b");

    @Test
    void anExpandsStepsArePendingUntilAContractAmongTheRevisionsCompletesThem() {
        assertThat(PendingContract.among(List.of(base, expand))).extracting(p -> p.step().step(), p -> p.expand().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("drop-column public.customer.nick", "b"));
        assertThat(PendingContract.among(List.of(base, expand, contract))).isEmpty();
    }

    @Test
    void aDowngradedExpandIsNotAmongTheAppliedRevisionsSoNothingOfItIsPending() {
        assertThat(PendingContract.among(List.of(base))).isEmpty();
    }

    @Test
    void onBranchesEachExpandStaysPendingUntilItsOwnContract() {
        assertThat(PendingContract.among(List.of(base, expand, otherExpand, contract)))
                .extracting(p -> p.expand().id()).containsExactly("c");
    }
}
