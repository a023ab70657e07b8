package dev.retort.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ops.AddConstraint;
import dev.retort.ops.AlterColumn;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.Operation;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where each lock-aware form puts its statements, and when a form steps back to the plain one. That the statements
 * run, leave the blocking form's catalog and downgrade exactly is judged against PostgreSQL by every round trip
 * ({@link RoundTrip} runs sections with every form) and, with a writer on 200,000 rows, by core's
 * {@code LockAwareRevisionTest}.
 */
class PostgresSectionTest {

    private static final QualifiedName ORDERS = QualifiedName.of("public", "orders");
    private static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    private static final Column NOTE = Column.of("note", "character varying(100)", true);

    @Test
    void withNoFormTheSectionIsThePlainStatementsInOrderInOneTransaction() {
        List<Operation> operations = List.of(new CreateIndex(ORDERS, Index.of("orders_note_idx", false, "note")),
                new AlterColumn(ORDERS, NOTE, NOTE.withNullable(false)),
                new AddConstraint(ORDERS, new CheckConstraint("orders_note_check", "(note <> '')", List.of("note"))));

        List<PostgresSection.Statement> section = PostgresSection.render(operations, Set.of());

        assertThat(section).extracting(PostgresSection.Statement::sql).containsExactlyElementsOf(operations.stream()
                .flatMap(op -> PostgresDestructiveness.statements(op).stream())
                .map(PostgresDestructiveness.Statement::sql).toList());
        assertThat(section).allMatch(PostgresSection.Statement::transactional);
    }

    @Test
    void anIndexBuiltAfterTheTransactionIsDroppedBeforeItInTheDowngradeTheMirrorImage() {
        Column amount = Column.of("amount", "integer", true);
        List<Operation> upgrade = List.of(new CreateIndex(ORDERS, Index.of("orders_note_idx", false, "note")),
                new AlterColumn(ORDERS, amount, amount.withType(dev.retort.schema.ColumnType.of("bigint"))));

        List<PostgresSection.Statement> up = PostgresSection.render(upgrade, LockAwareForm.all());
        List<PostgresSection.Statement> down = PostgresSection.render(reversed(upgrade), LockAwareForm.all());

        assertThat(up).extracting(PostgresSection.Statement::transactional).containsExactly(true, false, false);
        assertThat(up.get(1).sql()).startsWith("DROP INDEX CONCURRENTLY IF EXISTS");
        assertThat(up.get(2).sql()).startsWith("CREATE INDEX CONCURRENTLY");
        assertThat(up).extracting(PostgresSection.Statement::operations)
                .containsExactly(List.of(1), List.of(0), List.of(0));
        // the drop first, then the narrowing back to integer: its guard and the type change
        assertThat(down).extracting(PostgresSection.Statement::transactional).containsExactly(false, true, true);
        assertThat(down.get(0).sql()).startsWith("DROP INDEX CONCURRENTLY public.orders_note_idx");
    }

    @Test
    void aTableTheSectionCreatesKeepsThePlainFastForms() {
        Table table = Table.of(ORDERS, List.of(Column.of("id", "bigint", false), NOTE), PrimaryKey.of("orders_pkey",
                "id"));
        List<Operation> operations = List.of(new CreateTable(table),
                new CreateIndex(ORDERS, Index.of("orders_note_idx", false, "note")),
                new AddConstraint(ORDERS, ForeignKey.of("orders_customer_fk", List.of("id"), CUSTOMER,
                        List.of("id"))));

        assertThat(PostgresSection.render(operations, LockAwareForm.all())).extracting(PostgresSection.Statement::sql)
                .containsExactlyElementsOf(PostgresSection.render(operations, Set.of()).stream()
                        .map(PostgresSection.Statement::sql).toList());
    }

    @Test
    void aUniqueIndexAForeignKeyOfTheSameSectionMayLeanOnIsBuiltInTheTransaction() {
        List<Operation> operations = List.of(new CreateIndex(CUSTOMER, Index.of("customer_code_key", true, "code")),
                new AddConstraint(ORDERS, ForeignKey.of("orders_code_fk", List.of("code"), CUSTOMER,
                        List.of("code"))));

        List<PostgresSection.Statement> section = PostgresSection.render(operations, LockAwareForm.all());

        assertThat(section.get(0).sql()).startsWith("CREATE UNIQUE INDEX customer_code_key");
        assertThat(section.get(0).transactional()).isTrue();
        assertThat(section.get(1).sql()).endsWith("NOT VALID");
    }

    @Test
    void aUniqueConstraintOnAnExistingTableIsBuiltConcurrentlyThenAttachedAndItsDowngradeDropsTheConstraint() {
        List<Operation> upgrade = List.of(new AddConstraint(ORDERS, UniqueConstraint.of("orders_note_key", "note")));

        List<PostgresSection.Statement> up = PostgresSection.render(upgrade, Set.of(LockAwareForm.INDEX));
        List<PostgresSection.Statement> down = PostgresSection.render(reversed(upgrade), Set.of(LockAwareForm.INDEX));

        assertThat(up).extracting(PostgresSection.Statement::sql).containsExactly(
                "DROP INDEX CONCURRENTLY IF EXISTS public.orders_note_key",
                "CREATE UNIQUE INDEX CONCURRENTLY orders_note_key ON public.orders (note)",
                "ALTER TABLE public.orders ADD CONSTRAINT orders_note_key UNIQUE USING INDEX orders_note_key");
        assertThat(up).noneMatch(PostgresSection.Statement::transactional);
        assertThat(down).extracting(PostgresSection.Statement::sql)
                .containsExactly("ALTER TABLE public.orders DROP CONSTRAINT orders_note_key");
        assertThat(down).allMatch(PostgresSection.Statement::transactional);
    }

    @Test
    void aPrimaryKeyOnAnExistingTableIsBuiltConcurrentlyThenAttached() {
        List<Operation> upgrade = List.of(new AddConstraint(ORDERS, PrimaryKey.of("orders_pkey", "id")));

        assertThat(PostgresSection.render(upgrade, LockAwareForm.all())).extracting(PostgresSection.Statement::sql)
                .containsExactly("DROP INDEX CONCURRENTLY IF EXISTS public.orders_pkey",
                        "CREATE UNIQUE INDEX CONCURRENTLY orders_pkey ON public.orders (id)",
                        "ALTER TABLE public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_pkey");
    }

    @Test
    void aUniqueConstraintKeepsItsBlockingFormWithoutTheIndexFormOrWhenAForeignKeyOfTheSectionLeansOnIt() {
        AddConstraint unique = new AddConstraint(CUSTOMER, UniqueConstraint.of("customer_code_key", "code"));
        List<Operation> leanedOn = List.of(unique, new AddConstraint(ORDERS, ForeignKey.of("orders_code_fk",
                List.of("code"), CUSTOMER, List.of("code"))));

        assertThat(PostgresSection.render(List.of(unique), Set.of(LockAwareForm.VALIDATE)))
                .extracting(PostgresSection.Statement::sql)
                .containsExactly("ALTER TABLE public.customer ADD CONSTRAINT customer_code_key UNIQUE (code)");
        List<PostgresSection.Statement> section = PostgresSection.render(leanedOn, LockAwareForm.all());
        assertThat(section.get(0).sql()).isEqualTo(
                "ALTER TABLE public.customer ADD CONSTRAINT customer_code_key UNIQUE (code)");
        assertThat(section.get(0).transactional()).isTrue();
    }

    @Test
    void anIdentityChangeStaysOnItsOwnAndItsNotNullIsNotDeferred() {
        Column id = Column.of("id", "bigint", true);
        AlterColumn identity = new AlterColumn(ORDERS, id, id.withNullable(false).withIdentity(Identity.BY_DEFAULT));
        AlterColumn note = new AlterColumn(ORDERS, NOTE, NOTE.withDefault("'n/a'::character varying"));

        List<PostgresSection.Statement> section = PostgresSection.render(List.of(identity, note),
                LockAwareForm.all());

        assertThat(section).extracting(PostgresSection.Statement::sql).containsExactlyElementsOf(
                List.of(identity, note).stream().flatMap(op -> PostgresRenderer.render(op).stream()).toList());
        assertThat(section).allMatch(PostgresSection.Statement::transactional);
    }

    @Test
    void theHelperCheckOfSetNotNullFitsPostgresNameLimit() {
        assertThat(PostgresSection.helperCheckName("note")).isEqualTo("note_not_null");
        assertThat(PostgresSection.helperCheckName("é".repeat(40))).hasToString("é".repeat(27) + "_not_null");
    }

    private static List<Operation> reversed(List<Operation> operations) {
        List<Operation> inverses = new ArrayList<>(operations.stream().map(Operation::reverse).toList());
        Collections.reverse(inverses);
        return inverses;
    }
}
