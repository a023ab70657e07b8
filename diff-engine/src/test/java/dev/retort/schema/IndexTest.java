package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An index's signature (what pairs it) and the columns it uses (what drops it). */
class IndexTest {

    @Test
    void theSignatureIsEverythingButTheName() {
        Index partial = new Index("a", List.of(IndexKey.column("code"), IndexKey.column("at", true)), true, "btree",
                "(code > 0)");
        assertThat(partial.signature()).isEqualTo("unique btree [code, at DESC] where (code > 0)");
        assertThat(Index.of("b", false, "code").signature()).isEqualTo("btree [code]");
        assertThat(partial.withName("c").signature()).isEqualTo(partial.signature());
        assertThat(partial.withName("c").name()).isEqualTo("c");
    }

    @Test
    void aKeyPrintsItsSortOrderAndOnlyTheNullsOrderThatIsNotTheDefault() {
        assertThat(IndexKey.column("a")).hasToString("a");
        assertThat(IndexKey.expression("lower(email)")).hasToString("(lower(email))");
        assertThat(IndexKey.column("a", true)).hasToString("a DESC");
        assertThat(new IndexKey("a", null, false, true)).hasToString("a NULLS FIRST");
        assertThat(new IndexKey("a", null, true, false)).hasToString("a DESC NULLS LAST");
    }

    @Test
    void aKeyIsAColumnOrAnExpressionNeverBoth() {
        assertThatThrownBy(() -> new IndexKey("a", "b", false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndexKey(null, null, false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(IndexKey.expression("x").isColumn()).isFalse();
        assertThat(IndexKey.column("x").column()).isEqualTo("x");
    }

    @Test
    void theOtherColumnsLeaveOutTheColumnKeysAndComeAfterThemInTheColumnsUsed() {
        Index index = new Index("i", List.of(IndexKey.column("price"), IndexKey.expression("abs(code)")), false,
                "btree", " ", List.of("region", "price", "code"));
        assertThat(index.otherColumns()).containsExactly("code", "region");
        assertThat(index.columns()).containsExactly("price");
        assertThat(index.columnsUsed()).containsExactly("price", "code", "region");
        assertThat(index.predicate()).isNull();
    }

    @Test
    void anIndexNeedsKeys() {
        assertThatThrownBy(() -> new Index("i", List.of(), false, "btree", null))
                .hasMessageContaining("without keys");
    }
}
