package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.CreateView;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.DropTable;
import dev.retort.ops.DropView;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameConstraint;
import dev.retort.ops.RenameIndex;
import dev.retort.ops.SetTableComment;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.View;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Operations on unrelated objects come in the reading order a reviewer expects: schemas, types and sequences,
 * then what is removed, then what is created, foreign keys and views last, and dropped schemas at the very end.
 */
class ReadingOrderOfIndependentOperationsTest {

    private static QualifiedName name(String name) {
        return QualifiedName.of("public", name);
    }

    private static Table table(String name) {
        return Table.of(name(name), List.of(Column.of("id", "bigint", false)), null);
    }

    private static CheckConstraint check(String name) {
        return new CheckConstraint(name, "((id > 0))", List.of("id"));
    }

    private static ForeignKey fk(String name, String target) {
        return ForeignKey.of(name, List.of("id"), name(target), List.of("id"));
    }

    private static EnumType enumType(String name, String... labels) {
        return new EnumType(name(name), List.of(labels));
    }

    /** One operation of each kind on objects of their own, in the order expected. */
    private static List<Operation> inReadingOrder() {
        Column text = Column.of("c", "text", true);
        return List.of(
                new CreateSchema("s0"),
                new CreateEnumType(enumType("e1", "a")),
                new CreateSequence(Sequence.of(name("q1"), 1, 1)),
                new AlterEnumType(enumType("e2", "a"), enumType("e2", "a", "b"), List.of()),
                new AlterSequence(Sequence.of(name("q2"), 1, 1), Sequence.of(name("q2"), 1, 5)),
                new DropConstraint(name("t3"), fk("t3_fk", "r3")),
                new DropView(new View(name("v3"), "select 1", false)),
                new DropIndex(name("t4"), Index.of("i4", false, "id")),
                new DropConstraint(name("t5"), UniqueConstraint.of("t5_key", "id")),
                new RenameConstraint(name("t6"), check("t6_check"), "t6_check2"),
                new RenameIndex(name("t6b"), Index.of("i6", false, "id"), "i6b"),
                new CreateTable(table("t7")),
                new AddColumn(name("t8"), text),
                new AlterColumn(name("t9"), text, text.withType(ColumnType.of("character varying(9)"))),
                new SetTableComment(name("ta"), null, "comment"),
                new DropColumn(name("tb"), text),
                new DropTable(table("tc")),
                new DropEnumType(enumType("e13", "a")),
                new DropSequence(Sequence.of(name("q13"), 1, 1)),
                new AddConstraint(name("t14"), check("t14_check")),
                new CreateIndex(name("t15"), Index.of("i15", false, "id")),
                new AddConstraint(name("t16"), fk("t16_fk", "r16")),
                new CreateView(new View(name("v16"), "select 1", false)),
                new DropSchema("s17"));
    }

    @Test
    void unrelatedOperationsComeInReadingOrderWhateverTheirInputOrder() {
        List<Operation> reversed = new ArrayList<>(inReadingOrder());
        Collections.reverse(reversed);

        assertThat(DependencyOrder.sort(reversed, Function.identity())).containsExactlyElementsOf(inReadingOrder());
    }

    @Test
    void operationsThatTieCompletelyKeepTheirInputOrder() {
        Operation comment = new SetTableComment(name("t"), null, "same");
        List<String> changes = List.of("first", "second", "third", "fourth", "fifth");

        assertThat(DependencyOrder.sort(changes, change -> comment)).containsExactlyElementsOf(changes);
    }
}
