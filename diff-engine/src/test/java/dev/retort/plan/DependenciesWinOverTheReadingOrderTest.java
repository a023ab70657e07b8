package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropView;
import dev.retort.ops.EnumUse;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameIndex;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.View;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Orders that the reading-order tie-break alone would get wrong, so only the dependencies produce them. */
class DependenciesWinOverTheReadingOrderTest {

    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");
    private static final EnumType HAPPY_SAD = new EnumType(MOOD, List.of("happy", "sad"));
    private static final Column FEELING = Column.of("feeling", "public.mood", true);

    private static List<Operation> sort(Operation... operations) {
        return DependencyOrder.sort(List.of(operations), Function.identity());
    }

    private static View reading(String name, ObjectPath... reads) {
        return new View(QualifiedName.of("public", name), "select 1", false, List.of(reads));
    }

    @Test
    void aColumnOfAnEnumTypeIsDroppedBeforeTheTypeLosesALabel() {
        Operation shrink = new AlterEnumType(HAPPY_SAD, new EnumType(MOOD, List.of("happy")), List.of());
        Operation drop = new DropColumn(ORDERS, FEELING);

        assertThat(sort(shrink, drop)).containsExactly(drop, shrink);
    }

    @Test
    void aColumnLeavingAnEnumTypeIsConvertedBeforeTheTypeLosesALabel() {
        Operation shrink = new AlterEnumType(HAPPY_SAD, new EnumType(MOOD, List.of("happy")), List.of());
        Operation convert = new AlterColumn(ORDERS, FEELING, FEELING.withType(ColumnType.of("text")));

        assertThat(sort(shrink, convert)).containsExactly(convert, shrink);
    }

    @Test
    void aChangeOfCastsOnlyDoesNotWaitForColumnsLeavingTheType() {
        Operation casts = new AlterEnumType(HAPPY_SAD, new EnumType(MOOD, List.of("happy", "sad"), true), List.of());
        Operation drop = new DropColumn(ORDERS, FEELING);

        assertThat(sort(drop, casts)).containsExactly(casts, drop);
    }

    @Test
    void aViewReadingAColumnOfAnEnumTypeIsDroppedBeforeTheTypeIsRecreated() {
        Operation reorder = new AlterEnumType(HAPPY_SAD, new EnumType(MOOD, List.of("sad", "happy")),
                List.of(new EnumUse(ORDERS, FEELING)));
        Operation dropView = new DropView(reading("feelings", ObjectPath.column(ORDERS, "feeling")));

        assertThat(sort(reorder, dropView)).containsExactly(dropView, reorder);
    }

    @Test
    void aTypeThatOnlyGainsALabelLeavesTheViewsOfItsColumnsAlone() {
        Operation grow = new AlterEnumType(HAPPY_SAD, new EnumType(MOOD, List.of("happy", "sad", "calm")),
                List.of(new EnumUse(ORDERS, FEELING)));
        Operation dropView = new DropView(reading("feelings", ObjectPath.column(ORDERS, "feeling")));

        assertThat(sort(dropView, grow)).containsExactly(grow, dropView);
    }

    @Test
    void aViewIsDroppedBeforeTheViewItReads() {
        View base = reading("a_base");
        Operation dropReader = new DropView(reading("z_reader", ObjectPath.view(base.name())));
        Operation dropBase = new DropView(base);

        assertThat(sort(dropBase, dropReader)).containsExactly(dropReader, dropBase);
    }

    @Test
    void aViewIsCreatedAfterTheViewItReads() {
        View base = reading("z_base");
        Operation createReader = new CreateView(reading("a_reader", ObjectPath.view(base.name())));
        Operation createBase = new CreateView(base);

        assertThat(sort(createReader, createBase)).containsExactly(createBase, createReader);
    }

    @Test
    void creatingOneSchemaDoesNotWaitForDroppingAnother() {
        Operation drop = new DropSchema("a_old");
        Operation create = new CreateSchema("z_new");

        assertThat(sort(drop, create)).containsExactly(create, drop);
    }

    @Test
    void aCycleNamesOnlyTheOperationsInIt() {
        QualifiedName table = QualifiedName.of("public", "t");
        Operation aToB = new RenameIndex(table, Index.of("a", false, "x"), "b");
        Operation bToA = new RenameIndex(table, Index.of("b", false, "y"), "a");
        Operation bystander = new SetTableComment(QualifiedName.of("public", "other"), null, "independent");

        assertThatThrownBy(() -> sort(bystander, aToB, bToA)).isInstanceOf(OrderingException.class)
                .hasMessageContaining(aToB.toString()).hasMessageContaining(bToA.toString())
                .hasMessageNotContaining("independent");
    }
}
