package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Table;
import org.junit.jupiter.api.Test;

/** The names Hibernate made up are told from the names the mapping states, which are intent. */
class MadeUpNamesTest {

    @Test
    void hashedForeignKeyNamesAreMadeUpAndNamedOnesAndIndexesAreStated() throws EntityScanException {
        ScanResult result = Fixtures.scan(Fixtures.SHOP);
        Table line = result.target().table(QualifiedName.of("public", "orderline")).orElseThrow();

        ForeignKey named = line.foreignKeys().stream().filter(k -> k.name().equals("fk_line_product")).findFirst()
                .orElseThrow();
        ForeignKey hashed = line.foreignKeys().stream().filter(k -> !k.name().equals("fk_line_product")).findFirst()
                .orElseThrow();
        assertThat(hashed.name()).matches("(?i)fk[0-9a-z]{20,25}");
        assertThat(result.madeUpNames().contains(ObjectPath.constraint(line.name(), hashed))).isTrue();
        assertThat(result.madeUpNames().contains(ObjectPath.constraint(line.name(), named))).isFalse();

        Table order = result.target().table(QualifiedName.of("public", "purchase_order")).orElseThrow();
        for (Index index : order.indexes()) {
            assertThat(result.madeUpNames().contains(ObjectPath.index(order.name(), index.name()))).isFalse();
        }
    }
}
