package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.AddColumn;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.DropIndex;
import dev.retort.ops.DropTable;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DependencyOrderTest {

    private static final QualifiedName A = QualifiedName.of("public", "a");
    private static final QualifiedName B = QualifiedName.of("public", "b");

    private static Table table(QualifiedName name, Column... extra) {
        List<Column> columns = new java.util.ArrayList<>(List.of(Column.of("id", "bigint", false)));
        columns.addAll(List.of(extra));
        return Table.of(name, columns, PrimaryKey.of(name.name() + "_pkey", "id"));
    }

    private static ForeignKey fk(String name, String column, QualifiedName target) {
        return ForeignKey.of(name, List.of(column), target, List.of("id"));
    }

    private static List<Operation> sort(Operation... operations) {
        return DependencyOrder.sort(List.of(operations), Function.identity());
    }

    @Test
    void tablesThatReferenceEachOtherAreCreatedFirstAndLinkedAfterwards() {
        Operation linkAtoB = new AddConstraint(A, fk("fk_a_b", "b_id", B));
        Operation linkBtoA = new AddConstraint(B, fk("fk_b_a", "a_id", A));
        Operation createA = new CreateTable(table(A, Column.of("b_id", "bigint", true)));
        Operation createB = new CreateTable(table(B, Column.of("a_id", "bigint", true)));

        assertThat(sort(linkAtoB, linkBtoA, createB, createA))
                .containsExactly(createA, createB, linkAtoB, linkBtoA);
    }

    @Test
    void foreignKeysAreDroppedBeforeTheTablesAndColumnsTheyUse() {
        Operation dropTableB = new DropTable(table(B));
        Operation dropColumn = new DropColumn(A, Column.of("b_id", "bigint", true));
        Operation dropFk = new DropConstraint(A, fk("fk_a_b", "b_id", B));

        List<Operation> ordered = sort(dropTableB, dropColumn, dropFk);

        assertThat(ordered.indexOf(dropFk)).isLessThan(ordered.indexOf(dropTableB))
                .isLessThan(ordered.indexOf(dropColumn));
    }

    @Test
    void aSchemaAndASequenceComeBeforeTheTableWhoseDefaultUsesThem() {
        QualifiedName audit = QualifiedName.of("audit", "log");
        Column counter = Column.of("n", "bigint", false).withDefault("nextval('audit.log_seq'::regclass)");
        Operation createTable = new CreateTable(table(audit, counter));
        Operation createSequence = new CreateSequence(Sequence.of(QualifiedName.of("audit", "log_seq"), 1, 50));
        Operation createSchema = new CreateSchema("audit");

        assertThat(sort(createTable, createSequence, createSchema))
                .containsExactly(createSchema, createSequence, createTable);
    }

    @Test
    void anIndexOnAColumnIsDroppedBeforeTheColumnAndCreatedAfterIt() {
        Column c = Column.of("c", "integer", true);
        Index index = Index.of("a_c_idx", false, "c");
        Operation dropIndex = new DropIndex(A, index);
        Operation dropColumn = new DropColumn(A, c);
        assertThat(sort(dropColumn, dropIndex)).containsExactly(dropIndex, dropColumn);

        List<Operation> up = sort(dropIndex.reverse(), dropColumn.reverse());
        assertThat(up).containsExactly(dropColumn.reverse(), dropIndex.reverse());
    }

    @Test
    void aPrimaryKeyGoesBeforeItsColumnMayBecomeNullable() {
        Column notNull = Column.of("code", "text", false);
        Operation dropKey = new DropConstraint(A, PrimaryKey.of("a_pkey", "code"));
        Operation allowNull = new AlterColumn(A, notNull, notNull.withNullable(true));
        assertThat(sort(allowNull, dropKey)).containsExactly(dropKey, allowNull);
    }

    @Test
    void aForeignKeyToANewUniqueKeyWaitsForTheKeyAndTheColumn() {
        Operation addColumn = new AddColumn(B, Column.of("code", "text", true));
        Operation addUnique = new AddConstraint(B, UniqueConstraint.of("b_code_key", "code"));
        Operation addFk = new AddConstraint(A, ForeignKey.of("fk_a_b_code", List.of("b_code"), B, List.of("code")));
        assertThat(sort(addFk, addUnique, addColumn)).containsExactly(addColumn, addUnique, addFk);
    }

    @Test
    void aNameIsFreedBeforeItIsTakenAgain() {
        UniqueConstraint old = UniqueConstraint.of("a_key", "x");
        Operation drop = new DropConstraint(A, old);
        Operation renameOtherToFreedName = new RenameConstraint(A, UniqueConstraint.of("tmp", "y"), "a_key");
        assertThat(sort(renameOtherToFreedName, drop)).containsExactly(drop, renameOtherToFreedName);
    }

    @Test
    void swappingTwoNamesIsACycleAndFailsLoudlyNamingTheOperations() {
        Operation first = new RenameConstraint(A, UniqueConstraint.of("k1", "x"), "k2");
        Operation second = new RenameConstraint(A, UniqueConstraint.of("k2", "y"), "k1");
        assertThatThrownBy(() -> sort(first, second)).isInstanceOf(OrderingException.class)
                .hasMessageContaining("cycle").hasMessageContaining("k1").hasMessageContaining("k2");
    }

    @Test
    void theOrderDoesNotDependOnTheInputOrder() {
        Operation createA = new CreateTable(table(A));
        Operation createB = new CreateTable(table(B));
        Operation addColumn = new AddColumn(A, Column.of("note", "text", true));
        assertThat(sort(addColumn, createB, createA)).isEqualTo(sort(createA, addColumn, createB));
    }
}
