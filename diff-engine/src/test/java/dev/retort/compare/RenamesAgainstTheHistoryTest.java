package dev.retort.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.dialect.postgresql.PostgresTypeWidening;
import dev.retort.ops.Operation;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.schema.Column;
import dev.retort.schema.Index;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A declared rename is the developer's change, never drift; and drift on a renamed table is still drift, found under
 * the table's new name (the database and the history are compared each renamed).
 */
class RenamesAgainstTheHistoryTest {

    private static final QualifiedName CUSTOMER = QualifiedName.of("public", "customer");
    private static final QualifiedName CLIENT = QualifiedName.of("public", "client");
    private static final Index BY_NICK = Index.of("customer_nick_idx", false, "nick");
    private static final Renames RENAMES = new Renames(
            List.of(new Renames.TableRename(CUSTOMER, "client", "customer=client")),
            List.of(new Renames.ColumnRename(CLIENT, "nick", "nickname", "customer.nick=nickname")));

    private static SchemaModel model(QualifiedName name, String nick, List<Index> indexes) {
        Table table = Table.of(name, List.of(Column.of("id", "bigint", false), Column.of(nick, "text", true)),
                PrimaryKey.of("customer_pkey", "id")).withIndexes(indexes);
        return new SchemaModel(List.of("public"), List.of(table), List.of(), List.of());
    }

    private static Comparison compare(SchemaModel database, SchemaModel history, SchemaModel entities) {
        return HistoryComparison.compare(new HistoryComparison.Sides(database, entities, history, entities),
                AcceptedDifferences.none(), new CompareOptions(ComparePolicy.defaults(),
                        PostgresTypeWidening.INSTANCE, MadeUpNames.none(), Attribution.NO_HISTORY, RENAMES));
    }

    @Test
    void aDeclaredRenameIsTheDevelopersChangeAndApplied() {
        SchemaModel database = model(CUSTOMER, "nick", List.of());

        Comparison comparison = compare(database, database, model(CLIENT, "nickname", List.of()));

        assertThat(comparison.changes()).extracting(Change::operation).extracting(Operation::getClass)
                .containsExactly(RenameTable.class, RenameColumn.class);
        assertThat(comparison.changes()).flatExtracting(Change::differences).extracting(Difference::cause)
                .containsOnly(Cause.CHANGE);
        assertThat(comparison.reported()).isEmpty();
    }

    @Test
    void anIndexDroppedByHandFromTheRenamedTableIsDriftReportedAndNotMadeAgain() {
        Index byNickname = Index.of("customer_nick_idx", false, "nickname");
        SchemaModel history = model(CUSTOMER, "nick", List.of(BY_NICK));
        SchemaModel database = model(CUSTOMER, "nick", List.of());

        Comparison comparison = compare(database, history, model(CLIENT, "nickname", List.of(byNickname)));

        assertThat(comparison.changes()).extracting(Change::operation).extracting(Operation::getClass)
                .containsExactly(RenameTable.class, RenameColumn.class);
        assertThat(comparison.reported()).extracting(Difference::cause).containsExactly(Cause.DRIFT);
        assertThat(comparison.reported().get(0).path().toString()).isEqualTo("public.client.customer_nick_idx");
    }
}
