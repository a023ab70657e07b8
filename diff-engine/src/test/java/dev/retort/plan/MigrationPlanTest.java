package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.ops.AddColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.QualifiedName;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationPlanTest {

    private static final QualifiedName T = QualifiedName.of("public", "t");

    @Test
    void aPlanIsEmptyExactlyWhenItHasNoChanges() {
        assertThat(new MigrationPlan(List.of()).isEmpty()).isTrue();
        assertThat(new MigrationPlan(List.of(Change.of(new SetTableComment(T, null, "x")))).isEmpty()).isFalse();
    }

    @Test
    void theDowngradeUndoesTheUpgradeLastChangeFirst() {
        Column c = Column.of("c", "text", true);
        MigrationPlan plan = new MigrationPlan(List.of(Change.of(new AddColumn(T, c)),
                Change.of(new SetTableComment(T, null, "x"))));

        assertThat(plan.downgrade()).extracting(Change::operation)
                .containsExactly(new SetTableComment(T, "x", null), new DropColumn(T, c));
    }
}
