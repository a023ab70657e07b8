package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Category.Action;
import dev.retort.ops.AlterEnumType;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropSchema;
import dev.retort.ops.DropSequence;
import dev.retort.ops.EnumUse;
import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.Unsupported;
import dev.retort.schema.View;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema-level objects: schemas, sequences, enum types, views and what retort cannot compare. */
class SchemaLevelComparisonTest {

    private static final QualifiedName SEQ = QualifiedName.of("public", "order_seq");
    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");
    private static final QualifiedName PERSON = QualifiedName.of("public", "person");

    private static Comparison compare(SchemaModel database, SchemaModel entities, ComparePolicy policy) {
        return SchemaComparator.compare(database, entities, policy, TypeWidening.NONE);
    }

    private static Comparison compare(SchemaModel database, SchemaModel entities) {
        return compare(database, entities, ModelsForTests.applyingEverything());
    }

    private static List<Operation> operations(Comparison comparison) {
        return comparison.changes().stream().map(Change::operation).toList();
    }

    private static SchemaModel sequences(Sequence... sequences) {
        return SchemaModel.empty("public").withSequences(List.of(sequences));
    }

    private static Sequence databaseSequence(long increment, long cache) {
        return new Sequence(SEQ, "bigint", 1L, increment, 1L, Long.MAX_VALUE, cache, false);
    }

    @Test
    void aSchemaOnlyTheEntitiesUseIsCreatedAndOneOnlyTheDatabaseHasIsDroppedButPublicIsNever() {
        Comparison comparison = compare(SchemaModel.empty("public", "legacy"), SchemaModel.empty("shop"));
        assertThat(operations(comparison)).containsExactly(new CreateSchema("shop"), new DropSchema("legacy"));
        assertThat(comparison.differences()).extracting(Difference::category)
                .containsExactly(Category.SCHEMA_MISSING, Category.SCHEMA_EXTRA);
    }

    @Test
    void aMissingSequenceIsCreatedAndAnExtraOneDropped() {
        Sequence wanted = Sequence.of(SEQ, 1, 50);
        Sequence other = databaseSequence(1, 1).inSchema("shop");
        Comparison comparison = compare(sequences(other), sequences(wanted));
        assertThat(operations(comparison)).containsExactly(new CreateSequence(wanted), new DropSequence(other));
        assertThat(comparison.differences().get(0).to()).isEqualTo("increment 50");
    }

    @Test
    void whatTheEntitiesLeaveToTheDatabaseIsNoDifferenceButAnIncrementIs() {
        Sequence database = databaseSequence(1, 20);
        assertThat(compare(sequences(database), sequences(Sequence.of(SEQ, 1, 1))).isEmpty()).isTrue();

        Comparison comparison = compare(sequences(database), sequences(Sequence.of(SEQ, 1, 50)));
        assertThat(operations(comparison)).containsExactly(new AlterSequence(database, database.withIncrement(50)));
        assertThat(comparison.differences()).singleElement().satisfies(d -> {
            assertThat(d.aspect()).isEqualTo(Aspect.INCREMENT);
            assertThat(d.reason()).isEqualTo("the entities declare increment 50");
            assertThat(d.from()).isEqualTo("1");
        });
    }

    @Test
    void stateableSequenceOptionsTheEntitiesStateAreCompared() {
        Sequence database = databaseSequence(1, 20);
        Sequence wanted = new Sequence(SEQ, "integer", 5L, 1, 2L, 1000L, 1L, true);
        Comparison comparison = compare(sequences(database), sequences(wanted));
        assertThat(operations(comparison)).containsExactly(new AlterSequence(database, wanted));
        assertThat(comparison.differences()).extracting(Difference::aspect).containsExactly(Aspect.DATA_TYPE,
                Aspect.START, Aspect.MIN_VALUE, Aspect.MAX_VALUE, Aspect.CACHE, Aspect.CYCLE);
    }

    @Test
    void changedSequenceOptionsAreAllReportedOrAllIgnoredAsThePolicySays() {
        Sequence database = databaseSequence(1, 20);
        Sequence wanted = new Sequence(SEQ, null, 7L, 50, null, null, null, false);
        Comparison reported = compare(sequences(database), sequences(wanted),
                ComparePolicy.defaults().with(Category.SEQUENCE_OPTIONS, Action.REPORT));
        assertThat(reported.changes()).isEmpty();
        assertThat(reported.reported()).extracting(Difference::aspect).containsExactly(Aspect.START, Aspect.INCREMENT);
        assertThat(compare(sequences(database), sequences(wanted),
                ComparePolicy.defaults().with(Category.SEQUENCE_OPTIONS, Action.IGNORE)).isEmpty()).isTrue();
    }

    private static SchemaModel enums(EnumType... types) {
        return SchemaModel.empty("public").withEnumTypes(List.of(types));
    }

    @Test
    void aMissingEnumTypeIsCreatedAndAnExtraOneDropped() {
        EnumType mood = new EnumType(MOOD, List.of("sad", "happy"));
        EnumType old = new EnumType(QualifiedName.of("public", "old"), List.of("x"));
        Comparison comparison = compare(enums(old), enums(mood));
        assertThat(operations(comparison)).containsExactly(new CreateEnumType(mood), new DropEnumType(old));
        assertThat(comparison.differences()).extracting(Difference::to).containsExactly("sad, happy", null);
        assertThat(comparison.differences()).extracting(Difference::from).containsExactly(null, "x");
    }

    @Test
    void changedLabelsSayWhetherTheyAreAddedOrRemovedAndCarryTheColumnsToConvert() {
        EnumType before = new EnumType(MOOD, List.of("sad", "happy"));
        Column feeling = new Column("feeling", ColumnType.of("public.mood"), true, null,
                dev.retort.schema.Identity.NONE, null);
        Table person = Table.of(PERSON, List.of(Column.of("id", "bigint", false), feeling,
                Column.of("name", "text", true)), null);
        Table otherType = Table.of(QualifiedName.of("public", "other"), List.of(feeling), null);
        SchemaModel database = enums(before).withTables(List.of(person, otherType));

        EnumType added = new EnumType(MOOD, List.of("sad", "ok", "happy"));
        Comparison adding = compare(database, database.withEnumTypes(List.of(added)).withTables(List.of(person,
                otherType.withColumn("feeling", c -> c.withType(ColumnType.of("text"))))));
        assertThat(adding.differences()).filteredOn(d -> d.category() == Category.ENUM_TYPE_VALUES)
                .singleElement().satisfies(d -> {
                    assertThat(d.reason()).isEqualTo("the entities add labels");
                    assertThat(d.from()).isEqualTo("sad, happy");
                    assertThat(d.to()).isEqualTo("sad, ok, happy");
                });
        assertThat(operations(adding)).contains(new AlterEnumType(before, added, List.of(new EnumUse(PERSON, feeling))));

        EnumType reordered = new EnumType(MOOD, List.of("happy", "sad"));
        Comparison reordering = compare(database, database.withEnumTypes(List.of(reordered)));
        assertThat(reordering.differences()).singleElement().extracting(Difference::reason)
                .isEqualTo("the entities remove or reorder labels");
    }

    @Test
    void varcharCastsAloneAreADifferenceOfTheirOwn() {
        EnumType plain = new EnumType(MOOD, List.of("sad"));
        EnumType casting = new EnumType(MOOD, List.of("sad"), true);
        Difference needed = compare(enums(plain), enums(casting)).differences().get(0);
        assertThat(needed.reason()).isEqualTo(
                "the entities' mapping needs the implicit varchar casts Hibernate creates for a named enum");
        assertThat(needed.to()).isEqualTo("sad (with varchar casts)");
        assertThat(compare(enums(casting), enums(plain)).differences().get(0).reason()).startsWith(
                "the entities do not need the implicit varchar casts");
        assertThat(compare(enums(plain), enums(plain)).isEmpty()).isTrue();
    }

    @Test
    void whatEitherSideHasThatRetortCannotCompareIsReportedWithItsSide() {
        Unsupported trigger = new Unsupported(ObjectPath.table(PERSON), "a trigger audit");
        Unsupported generated = new Unsupported(ObjectPath.column(PERSON, "age"), "a generated column");
        Comparison comparison = compare(SchemaModel.empty("public").withUnsupported(List.of(trigger)),
                SchemaModel.empty("public").withUnsupported(List.of(generated)));
        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.reported()).extracting(Difference::reason).containsExactly(
                "the database has a trigger audit, which retort cannot compare",
                "the entities ask for a generated column, which retort cannot compare");
        assertThat(comparison.reported()).allSatisfy(d -> assertThat(d.describable()).isFalse());
        assertThat(comparison.reported().get(1).identity()).isEqualTo("age a generated column");
    }

    @Test
    void aViewIsReportedAsAViewOrAMaterializedViewAndIgnoredNamesAreNot() {
        SchemaModel database = SchemaModel.empty("public").withViews(List.of(
                new View(QualifiedName.of("public", "plain"), "SELECT 1", false),
                new View(QualifiedName.of("public", "totals"), "SELECT 2", true),
                new View(QualifiedName.of("public", "pg_stat_x"), "SELECT 3", false)))
                .withSequences(List.of(databaseSequence(1, 1).inSchema("public"),
                        new Sequence(QualifiedName.of("public", "pg_seq"), "bigint", 1L, 1, 1L, 9L, 1L, false)));
        ComparePolicy policy = new ComparePolicy(List.of(), List.of(new dev.retort.compare.NamePattern("pg_*")));
        Comparison comparison = compare(database, SchemaModel.empty("public"), policy);
        assertThat(comparison.reported()).extracting(d -> d.path().toString() + " " + d.from()).containsExactly(
                "public.order_seq sequence", "public.plain view", "public.totals materialized view");
    }

    @Test
    void aComparisonWithADifferenceIsNotEmpty() {
        Comparison comparison = compare(SchemaModel.empty("public"), SchemaModel.empty("public", "shop"));
        assertThat(comparison.isEmpty()).isFalse();
        assertThat(new Comparison(List.of(), comparison.differences()).isEmpty()).isFalse();
    }
}
