package dev.retort.dialect.postgresql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.retort.schema.Column;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Provenance;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entities' origins follow their names through the cut, and a collision names both objects and origins. */
class TruncatedNamesTest {

    private static final String LONG = "customer_" + "x".repeat(60);
    private static final QualifiedName TABLE = QualifiedName.of("public", LONG);
    private static final String COLUMN = "preferred_" + "y".repeat(60);

    private static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of("public"), List.of(tables), List.of(), List.of());
    }

    private static Table table(QualifiedName name, String column) {
        return Table.of(name, List.of(Column.of("id", "bigint", false), Column.of(column, "text", true)),
                PrimaryKey.of(null, "id"));
    }

    @Test
    void originsAreKeyedByTheCutNamesAndACutModelStaysAsItIs() throws Exception {
        Provenance provenance = new Provenance(Map.of(ObjectPath.table(TABLE), "entity dev.shop.Customer",
                ObjectPath.column(TABLE, COLUMN), "dev.shop.Customer.preferred"));

        TruncatedNames.Truncated truncated = TruncatedNames.apply(model(table(TABLE, COLUMN)), provenance);

        QualifiedName cut = QualifiedName.of("public", LONG.substring(0, 63));
        assertThat(truncated.model().tables()).extracting(Table::name).containsExactly(cut);
        assertThat(truncated.provenance().originOf(ObjectPath.table(cut))).contains("entity dev.shop.Customer");
        assertThat(truncated.provenance().originOfColumn(cut, COLUMN.substring(0, 63)))
                .contains("dev.shop.Customer.preferred");
        assertThat(TruncatedNames.apply(truncated.model())).isEqualTo(truncated.model());
    }

    @Test
    void twoTablesThatBecomeOneAreNamedWithTheirEntities() {
        QualifiedName other = QualifiedName.of("public", LONG + "_archive");
        Provenance provenance = new Provenance(Map.of(ObjectPath.table(TABLE), "entity dev.shop.Customer",
                ObjectPath.table(other), "entity dev.shop.ArchivedCustomer"));

        assertThatThrownBy(() -> TruncatedNames.apply(model(table(TABLE, "a"), table(other, "a")), provenance))
                .isInstanceOf(NormalizationException.class)
                .hasMessage("the entities' tables public." + LONG + " (entity dev.shop.Customer) and public." + LONG
                        + "_archive (entity dev.shop.ArchivedCustomer) both become public." + LONG.substring(0, 63)
                        + " in PostgreSQL, which keeps 63 bytes of a name: shorten one with @Table(name = ...)");
    }
}
