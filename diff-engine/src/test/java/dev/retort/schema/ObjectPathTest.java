package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Where objects live, how they print, and where their origins are found. */
class ObjectPathTest {

    private static final QualifiedName ITEM = QualifiedName.of("shop", "item");

    @Test
    void pathsPrintAsTheNamesAUserWrites() {
        assertThat(ObjectPath.schema("shop")).hasToString("shop");
        assertThat(ObjectPath.table(ITEM)).hasToString("shop.item");
        assertThat(ObjectPath.column(ITEM, "code")).hasToString("shop.item.code");
        assertThat(ObjectPath.enumType(QualifiedName.of("shop", "mood")).kind()).isEqualTo(ObjectKind.ENUM_TYPE);
        assertThat(ObjectPath.sequence(ITEM).kind()).isEqualTo(ObjectKind.SEQUENCE);
        assertThat(ObjectKind.ENUM_TYPE.label()).isEqualTo("enum type");
    }

    @Test
    void aMembersOwnerPathIsItsTableAndASchemaLevelObjectIsItsOwn() {
        assertThat(ObjectPath.index(ITEM, "item_idx").ownerPath()).isEqualTo(ObjectPath.table(ITEM));
        assertThat(ObjectPath.sequence(ITEM).ownerPath()).isEqualTo(ObjectPath.sequence(ITEM));
        assertThat(ObjectPath.schema("shop").ownerPath()).isEqualTo(ObjectPath.schema("shop"));
    }

    @Test
    void anOriginIsTheObjectsOwnElseItsTables() {
        Provenance provenance = new Provenance(Map.of(ObjectPath.table(ITEM), "entity shop.Item",
                ObjectPath.column(ITEM, "code"), "shop.Item.code"));
        assertThat(provenance.originOfColumn(ITEM, "code")).contains("shop.Item.code");
        assertThat(provenance.originOfColumn(ITEM, "price")).contains("entity shop.Item");
        assertThat(provenance.originOf(ObjectPath.table(QualifiedName.of("shop", "other")))).isEmpty();
        assertThat(Provenance.none().originOf(ObjectPath.table(ITEM))).isEmpty();
    }

    @Test
    void mergedOriginsPreferTheLaterOne() {
        Provenance first = new Provenance(Map.of(ObjectPath.table(ITEM), "entity A"));
        Provenance second = new Provenance(Map.of(ObjectPath.table(ITEM), "entity B",
                ObjectPath.sequence(ITEM), "generator g"));
        assertThat(first.merge(second).origins()).isEqualTo(second.origins());
        assertThat(second.merge(Provenance.none()).origins()).isEqualTo(second.origins());
    }

    @Test
    void madeUpNamesAddUp() {
        ObjectPath a = ObjectPath.index(ITEM, "a");
        ObjectPath b = ObjectPath.index(ITEM, "b");
        MadeUpNames both = new MadeUpNames(Set.of(a)).plus(new MadeUpNames(Set.of(b)));
        assertThat(both.contains(a)).isTrue();
        assertThat(both.contains(b)).isTrue();
        assertThat(MadeUpNames.none().contains(a)).isFalse();
    }

    @Test
    void pathsSortByOwnerThenMemberWithTheOwnerItselfFirst() {
        assertThat(List.of(ObjectPath.table(ITEM), ObjectPath.index(ITEM, "a"), ObjectPath.index(ITEM, "b"),
                ObjectPath.table(QualifiedName.of("shop", "other")))).isSorted();
    }
}
