package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.ops.Operation;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A declared rename pairs the database's old object with the entities' new one; the rest of the pair is compared as
 * usual, what references the renamed table stays, and names made of the table's name follow it.
 */
class DeclaredRenamesTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    private static final QualifiedName CLIENT = QualifiedName.of("public", "client");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final TypeWidening VARCHAR_WIDENS = (database, entities) -> database.sql().equals("text");

    private static SchemaModel shop(QualifiedName customer, String nick, String nickType) {
        Table table = Table.of(customer, List.of(Column.of("id", "bigint", false), Column.of(nick, nickType, true)),
                PrimaryKey.of(customer.name() + "_pkey", "id"));
        Table orders = Table.of(ORDERS, List.of(Column.of("id", "bigint", false),
                Column.of("customer_id", "bigint", true)), PrimaryKey.of("orders_pkey", "id"))
                .withForeignKeys(List.of(ForeignKey.of("fk_orders_customer", List.of("customer_id"), customer,
                        List.of("id"))));
        return new SchemaModel(List.of("public"), List.of(table, orders),
                List.of(Sequence.of(new QualifiedName("public", customer.name() + "_seq"), 1, 50)), List.of());
    }

    private static final SchemaModel DATABASE = shop(CUSTOMER, "nick", "character varying(40)");

    private static Renames resolve(SchemaModel entities, String... hints) throws RenameHintException {
        return RenameHints.resolve(List.of(hints), "public", DATABASE, entities, VARCHAR_WIDENS).renames();
    }

    private static List<String> operations(SchemaModel entities, Renames renames) {
        MadeUpNames madeUp = new MadeUpNames(Set.of(ObjectPath.constraint(CLIENT, PrimaryKey.of("client_pkey", "id"))));
        CompareOptions options = new CompareOptions(ComparePolicy.defaults(), VARCHAR_WIDENS, madeUp,
                ModelsForTests.EVERYTHING_CHANGED, renames);
        return SchemaComparator.compare(DATABASE, entities, options).changes().stream().map(Change::operation)
                .map(Operation::toString).map(s -> s.substring(0, s.indexOf('['))).toList();
    }

    @Test
    void aTableHintRenamesTheTableItsSequenceAndItsMadeUpKeyNameAndKeepsTheForeignKeyThatReferencesIt()
            throws Exception {
        SchemaModel entities = shop(CLIENT, "nick", "character varying(40)");

        assertThat(operations(entities, resolve(entities, "customer=client"))).containsExactlyInAnyOrder(
                "RenameTable", "RenameSequence", "RenameConstraint");
        assertThat(operations(entities, Renames.NONE)).contains("DropTable", "CreateTable").doesNotContain("RenameTable");
    }

    @Test
    void aColumnHintRenamesTheColumnAndTheRestOfThePairIsComparedAsUsual() throws Exception {
        SchemaModel entities = shop(CUSTOMER, "nickname", "text");

        assertThat(operations(entities, resolve(entities, "customer.nick=nickname")))
                .containsExactly("RenameColumn", "AlterColumn");
        assertThat(operations(entities, resolve(entities, "public.customer.nick=nickname")))
                .containsExactly("RenameColumn", "AlterColumn");
    }

    @Test
    void aColumnHintMayNameTheTableByItsOldOrItsNewName() throws Exception {
        SchemaModel entities = shop(CLIENT, "nickname", "character varying(40)");

        for (String column : List.of("customer.nick=nickname", "client.nick=nickname")) {
            assertThat(operations(entities, resolve(entities, "customer=client", column))).as(column)
                    .contains("RenameTable", "RenameColumn").doesNotContain("DropColumn", "AddColumn");
        }
    }

    @Test
    void aHintAlreadyAppliedIsSatisfiedSilently() throws Exception {
        SchemaModel renamed = shop(CUSTOMER, "nickname", "character varying(40)");

        RenameHints.Resolution resolution = RenameHints.resolve(List.of("customer.nick=nickname"), "public", renamed,
                renamed, VARCHAR_WIDENS);

        assertThat(resolution.renames().isEmpty()).isTrue();
        assertThat(resolution.satisfied()).containsExactly("rename customer.nick=nickname is applied already: the"
                + " database has column public.customer.nickname");
    }

    @Test
    void aHintThatNamesNothingOrLosesDataIsOneLineSayingWhatToDo() {
        SchemaModel entities = shop(CUSTOMER, "nickname", "integer");

        assertThatThrownBy(() -> resolve(entities, "customer.nik=nickname")).isInstanceOf(RenameHintException.class)
                .hasMessage("rename customer.nik=nickname: the database has neither column public.customer.nik nor"
                        + " nickname; name the column as the database has it, then the new name");
        assertThatThrownBy(() -> resolve(entities, "customer.nick=nickname")).hasMessage("rename"
                + " customer.nick=nickname: column public.customer.nick is character varying(40) and nickname is"
                + " integer in the entities, which is not the same type nor a wider one; map a type that holds every"
                + " value, or drop the hint (the column is then dropped and added)");
        assertThatThrownBy(() -> resolve(entities, "custom=client")).hasMessageStartingWith(
                "rename custom=client: the database has neither table public.custom nor public.client");
        assertThatThrownBy(() -> resolve(entities, "customer=client")).hasMessage("rename customer=client: the"
                + " entities have no table public.client; name the new table as the entities map it");
        assertThatThrownBy(() -> resolve(entities, "nick")).hasMessageStartingWith("rename nick: write old=new");
    }

    @Test
    void withoutAHintARenameIsSuggestedAndNotMade() {
        SchemaModel entities = shop(CUSTOMER, "nickname", "text");
        CompareOptions options = CompareOptions.withoutHistory(ModelsForTests.applyingEverything(), VARCHAR_WIDENS);
        Comparison comparison = SchemaComparator.compare(DATABASE, entities, options);

        assertThat(RenameSuggestions.in(comparison, VARCHAR_WIDENS, "public"))
                .extracting(RenameSuggestions.Suggestion::hint).containsExactly("customer.nick=nickname");
        Comparison conservative = SchemaComparator.compare(DATABASE, entities,
                CompareOptions.withoutHistory(ComparePolicy.defaults(), VARCHAR_WIDENS));
        assertThat(conservative.changes()).extracting(Change::operation).extracting(o -> o.getClass().getSimpleName())
                .as("the old column is only reported where no history explains the database").doesNotContain("DropColumn");
        assertThat(RenameSuggestions.in(conservative, VARCHAR_WIDENS, "public"))
                .extracting(RenameSuggestions.Suggestion::hint).containsExactly("customer.nick=nickname");
        SchemaModel narrower = shop(CUSTOMER, "nickname", "character varying(10)");
        assertThat(RenameSuggestions.in(SchemaComparator.compare(DATABASE, narrower, options), VARCHAR_WIDENS,
                "public")).as("a narrower type is no rename to suggest").isEmpty();
        SchemaModel client = shop(CLIENT, "nick", "character varying(40)");
        assertThat(RenameSuggestions.in(SchemaComparator.compare(DATABASE, client, options), VARCHAR_WIDENS,
                "public")).extracting(RenameSuggestions.Suggestion::line).containsExactly("possibly a rename:"
                + " public.customer -> client: pass --rename customer=client to keep its rows");
    }
}
