package dev.retort.ops;

import static dev.retort.ops.Shop.CUSTOMER;
import static dev.retort.ops.Shop.ORDERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.View;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation names the object it is about, is undone by its twin, and says whether it can lose data from its
 * type and aspects alone: the renderer marks statements and the review shows paths from these answers.
 */
class OperationsKnowTheirSubjectInverseAndDataLossTest {

    private static final Index EMAIL_IDX = Index.of("customer_email_idx", false, "email");
    private static final EnumType MOODS_PLUS_CALM = new EnumType(Shop.MOOD, List.of("happy", "sad", "calm"));

    /** One of each operation, with the subject it must name. */
    private static Map<Operation, ObjectPath> subjects() {
        return Map.ofEntries(
                Map.entry(new CreateSchema("audit"), ObjectPath.schema("audit")),
                Map.entry(new DropSchema("empty"), ObjectPath.schema("empty")),
                Map.entry(new CreateTable(Shop.customer()), ObjectPath.table(CUSTOMER)),
                Map.entry(new DropTable(Shop.customer()), ObjectPath.table(CUSTOMER)),
                Map.entry(new AlterColumn(ORDERS, Shop.NOTE, Shop.NOTE.withNullable(false)),
                        ObjectPath.column(ORDERS, "note")),
                Map.entry(new DropConstraint(CUSTOMER, Shop.EMAIL_KEY), ObjectPath.constraint(CUSTOMER, Shop.EMAIL_KEY)),
                Map.entry(new DropIndex(CUSTOMER, EMAIL_IDX), ObjectPath.index(CUSTOMER, "customer_email_idx")),
                Map.entry(new AddColumn(ORDERS, Shop.NOTE), ObjectPath.column(ORDERS, "note")),
                Map.entry(new DropColumn(ORDERS, Shop.TOTAL), ObjectPath.column(ORDERS, "total")),
                Map.entry(new AddConstraint(CUSTOMER, Shop.EMAIL_KEY), ObjectPath.constraint(CUSTOMER, Shop.EMAIL_KEY)),
                Map.entry(new RenameConstraint(CUSTOMER, Shop.EMAIL_KEY, "customer_mail_key"),
                        ObjectPath.constraint(CUSTOMER, Shop.EMAIL_KEY)),
                Map.entry(new CreateIndex(CUSTOMER, EMAIL_IDX), ObjectPath.index(CUSTOMER, "customer_email_idx")),
                Map.entry(new RenameIndex(CUSTOMER, EMAIL_IDX, "customer_mail_idx"),
                        ObjectPath.index(CUSTOMER, "customer_email_idx")),
                Map.entry(new CreateSequence(Shop.SEQUENCE), ObjectPath.sequence(Shop.ORDER_SEQ)),
                Map.entry(new DropSequence(Shop.SEQUENCE), ObjectPath.sequence(Shop.ORDER_SEQ)),
                Map.entry(new AlterSequence(Shop.SEQUENCE, Shop.SEQUENCE.withIncrement(1)),
                        ObjectPath.sequence(Shop.ORDER_SEQ)),
                Map.entry(new SetTableComment(CUSTOMER, null, "buyers"), ObjectPath.table(CUSTOMER)),
                Map.entry(new CreateEnumType(Shop.MOOD_TYPE), ObjectPath.enumType(Shop.MOOD)),
                Map.entry(new DropEnumType(Shop.MOOD_TYPE), ObjectPath.enumType(Shop.MOOD)),
                Map.entry(new AlterEnumType(Shop.MOOD_TYPE, MOODS_PLUS_CALM, List.of()), ObjectPath.enumType(Shop.MOOD)),
                Map.entry(new CreateView(Shop.SUMMARY_READING_ORDER_VIEW), ObjectPath.view(Shop.SUMMARY)),
                Map.entry(new DropView(Shop.SUMMARY_READING_ORDER_VIEW), ObjectPath.view(Shop.SUMMARY)),
                Map.entry(new RenameTable(Shop.customer(), "client"), ObjectPath.table(CUSTOMER)),
                Map.entry(new RenameColumn(CUSTOMER, Shop.EMAIL, "mail"), ObjectPath.column(CUSTOMER, "email")),
                Map.entry(new RenameSequence(Shop.SEQUENCE, "purchase_seq"), ObjectPath.sequence(Shop.ORDER_SEQ)));
    }

    @Test
    void eachOperationNamesTheObjectItIsAbout() {
        subjects().forEach((operation, subject) -> assertThat(operation.subject()).as("%s", operation).isEqualTo(subject));
    }

    @Test
    void eachOperationIsUndoneByItsTwin() {
        subjects().keySet().forEach(operation -> {
            Operation inverse = operation.reverse();
            assertThat(inverse).as("%s", operation).isNotNull().isNotEqualTo(operation);
            assertThat(inverse.reverse()).isEqualTo(operation);
        });
    }

    @Test
    void onlyDroppingATableAColumnOrASequenceLosesDataAmongTheFixedKinds() {
        List<Operation> losing = List.of(new DropTable(Shop.customer()), new DropColumn(ORDERS, Shop.TOTAL),
                new DropSequence(Shop.SEQUENCE));
        List<Operation> keeping = List.of(new CreateSchema("audit"), new DropSchema("empty"),
                new CreateTable(Shop.customer()), new AddColumn(ORDERS, Shop.NOTE),
                new AddConstraint(CUSTOMER, Shop.EMAIL_KEY), new DropConstraint(CUSTOMER, Shop.EMAIL_KEY),
                new RenameConstraint(CUSTOMER, Shop.EMAIL_KEY, "customer_mail_key"), new CreateIndex(CUSTOMER, EMAIL_IDX),
                new DropIndex(CUSTOMER, EMAIL_IDX), new RenameIndex(CUSTOMER, EMAIL_IDX, "customer_mail_idx"),
                new CreateSequence(Shop.SEQUENCE), new AlterSequence(Shop.SEQUENCE, Shop.SEQUENCE.withIncrement(1)),
                new SetTableComment(CUSTOMER, null, "buyers"), new CreateEnumType(Shop.MOOD_TYPE),
                new DropEnumType(Shop.MOOD_TYPE), new CreateView(Shop.SUMMARY_READING_ORDER_VIEW),
                new RenameTable(Shop.customer(), "client"), new RenameColumn(CUSTOMER, Shop.EMAIL, "mail"),
                new RenameSequence(Shop.SEQUENCE, "purchase_seq"));

        assertThat(losing).allMatch(Operation::destructive);
        assertThat(keeping).noneMatch(Operation::destructive);
    }

    @Test
    void aColumnChangeLosesDataOnlyWhenItsTypeChanges() {
        AlterColumn retype = new AlterColumn(ORDERS, Shop.NOTE, Shop.NOTE.withType(ColumnType.of("character varying(8)")));
        AlterColumn comment = new AlterColumn(ORDERS, Shop.NOTE, Shop.NOTE.withComment("free text"));

        assertThat(retype.destructive()).isTrue();
        assertThat(retype.changes(ColumnAspect.TYPE)).isTrue();
        assertThat(comment.destructive()).isFalse();
        assertThat(comment.changes(ColumnAspect.TYPE)).isFalse();
        assertThat(comment.changes(ColumnAspect.COMMENT)).isTrue();
    }

    @Test
    void droppingAMaterializedViewLosesItsRowsAndDroppingAPlainViewLosesNothing() {
        View plain = new View(Shop.SUMMARY, "select 1", false);
        View materialized = new View(Shop.SUMMARY, "select 1", true);

        assertThat(new DropView(plain).destructive()).isFalse();
        assertThat(new DropView(materialized).destructive()).isTrue();
    }

    @Test
    void anEnumChangeLosesDataOnlyWhenALabelGoes() {
        AlterEnumType adding = new AlterEnumType(Shop.MOOD_TYPE, MOODS_PLUS_CALM, List.of());

        assertThat(adding.destructive()).isFalse();
        assertThat(adding.reverse().destructive()).isTrue();
    }

    @Test
    void anEnumChangeKnowsWhetherItOnlyAddsLabelsOrOnlyChangesCasts() {
        AlterEnumType adding = new AlterEnumType(Shop.MOOD_TYPE, MOODS_PLUS_CALM, List.of());
        AlterEnumType casts = new AlterEnumType(Shop.MOOD_TYPE, new EnumType(Shop.MOOD, List.of("happy", "sad"), true),
                List.of());

        assertThat(adding.onlyAddsLabels()).isTrue();
        assertThat(adding.keepsLabels()).isFalse();
        assertThat(adding.reverse().onlyAddsLabels()).isFalse();
        assertThat(casts.keepsLabels()).isTrue();
        assertThat(casts.onlyAddsLabels()).isFalse();
    }

    @Test
    void anEnumChangeMustKeepTheTypeAndChangeSomething() {
        EnumType renamed = new EnumType(dev.retort.schema.QualifiedName.of("public", "feeling"), List.of("happy", "sad"));

        assertThatThrownBy(() -> new AlterEnumType(Shop.MOOD_TYPE, Shop.MOOD_TYPE, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AlterEnumType(Shop.MOOD_TYPE, renamed, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRenamedIndexKeepsItsKeys() {
        assertThat(new RenameIndex(CUSTOMER, EMAIL_IDX, "customer_mail_idx").renamed())
                .isEqualTo(Index.of("customer_mail_idx", false, "email"));
    }
}
