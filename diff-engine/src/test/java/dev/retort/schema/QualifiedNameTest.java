package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names parsed as PostgreSQL prints them: unquoted parts fold, quoted parts keep case, dots and doubled quotes. */
class QualifiedNameTest {

    @Test
    void unquotedPartsFoldToLowerCase() {
        assertThat(QualifiedName.parse("Shop.Orders", "public")).isEqualTo(QualifiedName.of("shop", "orders"));
    }

    @Test
    void quotedPartsKeepTheirCaseTheirDotsAndTheirDoubledQuotes() {
        assertThat(QualifiedName.parse("\"Shop Data\".\"Mood\"", "public"))
                .isEqualTo(QualifiedName.of("Shop Data", "Mood"));
        assertThat(QualifiedName.parse("\"a.b\"", "public")).isEqualTo(QualifiedName.of("public", "a.b"));
        assertThat(QualifiedName.parse("\"say \"\"hi\"\"\"", "public"))
                .isEqualTo(QualifiedName.of("public", "say \"hi\""));
        assertThat(QualifiedName.parse("\"X\".y", "public")).isEqualTo(QualifiedName.of("X", "y"));
    }

    @Test
    void aNameWithoutASchemaIsInTheDefaultSchemaAndTheLastTwoPartsCount() {
        assertThat(QualifiedName.parse("orders", "shop")).isEqualTo(QualifiedName.of("shop", "orders"));
        assertThat(QualifiedName.parse("db.shop.orders", "public")).isEqualTo(QualifiedName.of("shop", "orders"));
    }

    @Test
    void namesSortBySchemaThenNameAndPrintDotted() {
        List<QualifiedName> names = new ArrayList<>(List.of(QualifiedName.of("b", "a"), QualifiedName.of("a", "z"),
                QualifiedName.of("a", "b")));
        names.sort(null);
        assertThat(names).containsExactly(QualifiedName.of("a", "b"), QualifiedName.of("a", "z"),
                QualifiedName.of("b", "a"));
        assertThat(QualifiedName.of("shop", "orders").inSchema("scratch")).hasToString("scratch.orders");
    }
}
