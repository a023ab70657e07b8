package dev.retort.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.compare.Change;
import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.ops.AddColumn;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameIndex;
import dev.retort.schema.Index;
import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropConstraint;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ExpandContractRules}, both ways: what the old version can live with goes to the expand part,
 * what it cannot becomes a contract step under its key.
 */
class ExpandContractRulesTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final Column NICK = Column.of("nick", "character varying(40)", false);
    private static final Column PHONE = Column.of("phone", "character varying(30)", true);

    @Test
    void aNewNotNullColumnWithoutDefaultIsAddedNullableAndMadeNotNullByTheContract() {
        ExpandContract.SplitChange split = only(new AddColumn(CUSTOMER, NICK));
        assertThat(operations(split.expand())).containsExactly(new AddColumn(CUSTOMER, NICK.withNullable(true)));
        assertThat(split.contract()).extracting(ExpandContract.ContractStep::step)
                .containsExactly("set-not-null public.customer.nick");
        assertThat(split.contract().get(0).change().operation())
                .isEqualTo(new AlterColumn(CUSTOMER, NICK.withNullable(true), NICK));
    }

    @Test
    void aNewNullableColumnOrOneWithADefaultIsExpandOnly() {
        assertThat(only(new AddColumn(CUSTOMER, PHONE)).contract()).isEmpty();
        assertThat(only(new AddColumn(CUSTOMER, NICK.withDefault("'x'"))).contract()).isEmpty();
    }

    @Test
    void aDroppedNotNullColumnLosesItsNotNullInTheExpandAndIsDroppedByTheContract() {
        ExpandContract.SplitChange split = only(new DropColumn(CUSTOMER, NICK));
        assertThat(operations(split.expand())).containsExactly(new AlterColumn(CUSTOMER, NICK,
                NICK.withNullable(true)));
        assertThat(split.contract().get(0).step()).isEqualTo("drop-column public.customer.nick");
        assertThat(split.contract().get(0).change().operation())
                .isEqualTo(new DropColumn(CUSTOMER, NICK.withNullable(true)));
        assertThat(only(new DropColumn(CUSTOMER, PHONE)).expand()).as("a nullable column needs nothing first")
                .isEmpty();
    }

    @Test
    void aDroppedColumnOfADroppedPrimaryKeyKeepsItsNotNullUntilTheContract() {
        Column code = Column.of("code", "text", false);
        ExpandContract.Split split = split(new DropConstraint(CUSTOMER, PrimaryKey.of("customer_pkey", "code")),
                new DropColumn(CUSTOMER, code));
        assertThat(split.expand().upgrade()).isEmpty();
        assertThat(split.contract()).extracting(ExpandContract.ContractStep::step).containsExactly(
                "drop-constraint public.customer.customer_pkey", "drop-column public.customer.code");
        assertThat(split.contract().get(1).change().operation()).isEqualTo(new DropColumn(CUSTOMER, code));
    }

    @Test
    void aRenamedColumnIsContractSinceTheOldVersionNamesItByItsOldNameWhileARenamedIndexIsExpand() {
        assertThat(only(new RenameColumn(CUSTOMER, PHONE, "telephone")).expand()).isEmpty();
        assertThat(only(new RenameColumn(CUSTOMER, PHONE, "telephone")).contract())
                .extracting(ExpandContract.ContractStep::step).containsExactly("rename-column public.customer.phone");
        Index byPhone = Index.of("customer_phone_idx", false, "phone");
        assertThat(only(new RenameIndex(CUSTOMER, byPhone, "customer_by_phone")).contract()).isEmpty();
    }

    @Test
    void aWideningIsExpandAndANarrowingIsContract() {
        Column longer = PHONE.withType(ColumnType.of("character varying(60)"));
        assertThat(only(new AlterColumn(CUSTOMER, PHONE, longer)).contract()).isEmpty();
        assertThat(only(new AlterColumn(CUSTOMER, longer, PHONE)).contract())
                .extracting(ExpandContract.ContractStep::step).containsExactly("change-type public.customer.phone");
    }

    @Test
    void aColumnChangeIsSplitByAspect() {
        Column to = PHONE.withType(ColumnType.of("integer")).withNullable(false).withComment("digits");
        ExpandContract.SplitChange split = only(new AlterColumn(CUSTOMER, PHONE, to));
        assertThat(operations(split.expand())).containsExactly(new AlterColumn(CUSTOMER, PHONE,
                PHONE.withComment("digits")));
        assertThat(split.contract()).extracting(ExpandContract.ContractStep::step)
                .containsExactly("change-type public.customer.phone", "set-not-null public.customer.phone");
    }

    @Test
    void relaxingNullabilityOrAddingADefaultIsExpandAndDroppingTheDefaultIsContract() {
        Column withDefault = NICK.withDefault("'anonymous'");
        assertThat(only(new AlterColumn(CUSTOMER, NICK, NICK.withNullable(true))).contract()).isEmpty();
        assertThat(only(new AlterColumn(CUSTOMER, NICK, withDefault)).contract()).isEmpty();
        assertThat(only(new AlterColumn(CUSTOMER, withDefault, NICK)).contract())
                .extracting(ExpandContract.ContractStep::step).containsExactly("drop-default public.customer.nick");
    }

    @Test
    void aNewConstraintOnExistingColumnsIsContractAndOnANewColumnOrTableIsExpand() {
        CheckConstraint check = new CheckConstraint("customer_nick_check", "(length(nick) > 2)", List.of("nick"));
        assertThat(only(new AddConstraint(CUSTOMER, check)).contract())
                .extracting(ExpandContract.ContractStep::step)
                .containsExactly("add-constraint public.customer.customer_nick_check");
        UniqueConstraint phoneKey = UniqueConstraint.of("customer_phone_key", "phone");
        assertThat(split(new AddColumn(CUSTOMER, PHONE), new AddConstraint(CUSTOMER, phoneKey)).contract())
                .as("a unique key on a column the old version leaves NULL").isEmpty();
        assertThat(only(new AddConstraint(CUSTOMER, phoneKey)).contract()).hasSize(1);
        Table orders = Table.of(ORDERS, List.of(Column.of("id", "bigint", false), Column.of("customer_id", "bigint",
                false)), PrimaryKey.of("orders_pkey", "id"));
        ForeignKey toCustomer = ForeignKey.of("orders_customer_fk", List.of("customer_id"), CUSTOMER, List.of("id"));
        assertThat(split(new CreateTable(orders), new AddConstraint(ORDERS, toCustomer)).contract()).isEmpty();
    }

    @Test
    void aUniqueIndexOnExistingColumnsIsContractAndAPlainIndexIsExpand() {
        assertThat(only(new CreateIndex(CUSTOMER, Index.of("customer_nick_idx", false, "nick"))).contract())
                .isEmpty();
        assertThat(only(new CreateIndex(CUSTOMER, Index.of("customer_nick_key", true, "nick"))).contract())
                .extracting(ExpandContract.ContractStep::step)
                .containsExactly("add-unique-index public.customer.customer_nick_key");
    }

    @Test
    void droppingACheckOrForeignKeyIsExpandAndDroppingAUniqueKeyIsContract() {
        CheckConstraint check = new CheckConstraint("customer_nick_check", "(length(nick) > 2)", List.of("nick"));
        assertThat(only(new DropConstraint(CUSTOMER, check)).contract()).isEmpty();
        assertThat(only(new DropConstraint(CUSTOMER, UniqueConstraint.of("customer_nick_key", "nick"))).contract())
                .extracting(ExpandContract.ContractStep::step)
                .containsExactly("drop-constraint public.customer.customer_nick_key");
    }

    private static ExpandContract.SplitChange only(Operation operation) {
        return split(operation).changes().get(0);
    }

    private static ExpandContract.Split split(Operation... operations) {
        return ExpandContract.split(List.of(operations).stream().map(op -> new Change(op, List.of())).toList(),
                PostgresTypeWidening.INSTANCE);
    }

    private static List<Operation> operations(List<Change> changes) {
        return changes.stream().map(Change::operation).toList();
    }
}
