package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ordering rules of {@link DependencyOrderTest}, held under every tie-break of {@link OrderingTieBreaks} and with
 * the operations given in both directions: each "before" here must come from a dependency, not from {@link Phase}.
 */
class DependenciesAloneOrderOperationsTest {

    private static final QualifiedName A = QualifiedName.of("public", "a");
    private static final QualifiedName B = QualifiedName.of("public", "b");

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.plan.OrderingTieBreaks#all")
    void aForeignKeyWaitsForTheTableItReferences(String name, Comparator<Operation> tieBreak) {
        Operation createB = new CreateTable(table(B));
        Operation linkAtoB = new AddConstraint(A, fk("fk_a_b", "b_id", B));
        Operation addColumn = new AddColumn(A, Column.of("b_id", "bigint", true));

        for (List<Operation> ordered : sortedBothWays(tieBreak, linkAtoB, addColumn, createB)) {
            assertBefore(ordered, createB, linkAtoB);
            assertBefore(ordered, addColumn, linkAtoB);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.plan.OrderingTieBreaks#all")
    void tablesThatReferenceEachOtherAreCreatedBeforeEitherLink(String name, Comparator<Operation> tieBreak) {
        Operation linkAtoB = new AddConstraint(A, fk("fk_a_b", "b_id", B));
        Operation linkBtoA = new AddConstraint(B, fk("fk_b_a", "a_id", A));
        Operation createA = new CreateTable(table(A, Column.of("b_id", "bigint", true)));
        Operation createB = new CreateTable(table(B, Column.of("a_id", "bigint", true)));

        for (List<Operation> ordered : sortedBothWays(tieBreak, linkAtoB, linkBtoA, createB, createA)) {
            for (Operation link : List.of(linkAtoB, linkBtoA)) {
                assertBefore(ordered, createA, link);
                assertBefore(ordered, createB, link);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.plan.OrderingTieBreaks#all")
    void aForeignKeyIsDroppedBeforeTheTableItReferencesAndTheColumnItUses(String name, Comparator<Operation> tieBreak) {
        Operation dropTableB = new DropTable(table(B));
        Operation dropColumn = new DropColumn(A, Column.of("b_id", "bigint", true));
        Operation dropFk = new DropConstraint(A, fk("fk_a_b", "b_id", B));

        for (List<Operation> ordered : sortedBothWays(tieBreak, dropTableB, dropColumn, dropFk)) {
            assertBefore(ordered, dropFk, dropTableB);
            assertBefore(ordered, dropFk, dropColumn);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.plan.OrderingTieBreaks#all")
    void aForeignKeyToANewUniqueKeyWaitsForTheKeyAndTheColumn(String name, Comparator<Operation> tieBreak) {
        Operation addColumn = new AddColumn(B, Column.of("code", "text", true));
        Operation addUnique = new AddConstraint(B, UniqueConstraint.of("b_code_key", "code"));
        Operation addFk = new AddConstraint(A, ForeignKey.of("fk_a_b_code", List.of("b_code"), B, List.of("code")));

        for (List<Operation> ordered : sortedBothWays(tieBreak, addFk, addUnique, addColumn)) {
            assertBefore(ordered, addColumn, addUnique);
            assertBefore(ordered, addUnique, addFk);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.plan.OrderingTieBreaks#all")
    void aSchemaAndASequenceComeBeforeTheTableWhoseDefaultUsesThem(String name, Comparator<Operation> tieBreak) {
        QualifiedName audit = QualifiedName.of("audit", "log");
        Column counter = Column.of("n", "bigint", false).withDefault("nextval('audit.log_seq'::regclass)");
        Operation createTable = new CreateTable(table(audit, counter));
        Operation createSequence = new CreateSequence(Sequence.of(QualifiedName.of("audit", "log_seq"), 1, 50));
        Operation createSchema = new CreateSchema("audit");

        for (List<Operation> ordered : sortedBothWays(tieBreak, createTable, createSequence, createSchema)) {
            assertBefore(ordered, createSchema, createSequence);
            assertBefore(ordered, createSequence, createTable);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.plan.OrderingTieBreaks#all")
    void anIndexOnAColumnIsDroppedBeforeTheColumnAndCreatedAfterIt(String name, Comparator<Operation> tieBreak) {
        Operation dropIndex = new DropIndex(A, Index.of("a_c_idx", false, "c"));
        Operation dropColumn = new DropColumn(A, Column.of("c", "integer", true));

        for (List<Operation> ordered : sortedBothWays(tieBreak, dropColumn, dropIndex)) {
            assertBefore(ordered, dropIndex, dropColumn);
        }
        for (List<Operation> ordered : sortedBothWays(tieBreak, dropIndex.reverse(), dropColumn.reverse())) {
            assertBefore(ordered, dropColumn.reverse(), dropIndex.reverse());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.plan.OrderingTieBreaks#all")
    void aPrimaryKeyGoesBeforeItsColumnMayBecomeNullable(String name, Comparator<Operation> tieBreak) {
        Column notNull = Column.of("code", "text", false);
        Operation dropKey = new DropConstraint(A, PrimaryKey.of("a_pkey", "code"));
        Operation allowNull = new AlterColumn(A, notNull, notNull.withNullable(true));

        for (List<Operation> ordered : sortedBothWays(tieBreak, allowNull, dropKey)) {
            assertBefore(ordered, dropKey, allowNull);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.retort.plan.OrderingTieBreaks#all")
    void aNameIsFreedBeforeItIsTakenAgain(String name, Comparator<Operation> tieBreak) {
        Operation drop = new DropConstraint(A, UniqueConstraint.of("a_key", "x"));
        Operation renameOtherToFreedName = new RenameConstraint(A, UniqueConstraint.of("tmp", "y"), "a_key");

        for (List<Operation> ordered : sortedBothWays(tieBreak, renameOtherToFreedName, drop)) {
            assertBefore(ordered, drop, renameOtherToFreedName);
        }
    }

    private static Table table(QualifiedName name, Column... extra) {
        List<Column> columns = new ArrayList<>(List.of(Column.of("id", "bigint", false)));
        columns.addAll(List.of(extra));
        return Table.of(name, columns, PrimaryKey.of(name.name() + "_pkey", "id"));
    }

    private static ForeignKey fk(String name, String column, QualifiedName target) {
        return ForeignKey.of(name, List.of(column), target, List.of("id"));
    }

    /** The order of the operations as given, and of the same operations given the other way round. */
    private static List<List<Operation>> sortedBothWays(Comparator<Operation> tieBreak, Operation... operations) {
        List<Operation> given = List.of(operations);
        List<Operation> reversed = new ArrayList<>(given);
        Collections.reverse(reversed);
        return List.of(DependencyOrder.sort(given, Function.identity(), tieBreak),
                DependencyOrder.sort(reversed, Function.identity(), tieBreak));
    }

    private static void assertBefore(List<Operation> ordered, Operation first, Operation then) {
        assertThat(ordered.indexOf(first))
                .as("%s comes before %s in %s", brief(first), brief(then),
                        ordered.stream().map(DependenciesAloneOrderOperationsTest::brief).toList())
                .isNotNegative().isLessThan(ordered.indexOf(then));
    }

    private static String brief(Operation operation) {
        return operation.getClass().getSimpleName() + " " + operation.subject();
    }
}
