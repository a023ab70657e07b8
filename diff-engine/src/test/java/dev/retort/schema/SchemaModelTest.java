package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model is sorted and unique by name, so that it compares structurally and finds any object by name. */
class SchemaModelTest {

    private static Table table(String name) {
        return Table.of(QualifiedName.of("public", name), List.of(Column.of("id", "bigint", false)), null);
    }

    @Test
    void everyTableIsFoundByNameWhateverTheNumberOfTables() {
        List<Table> tables = new ArrayList<>();
        for (String name : List.of("e", "c", "a", "d", "b")) {
            tables.add(table(name));
            SchemaModel model = SchemaModel.empty("public").withTables(tables);
            for (Table table : tables) {
                assertThat(model.table(table.name())).contains(table);
            }
            assertThat(model.table(QualifiedName.of("public", "zz"))).isEmpty();
            assertThat(model.table(QualifiedName.of("public", "0"))).isEmpty();
        }
    }

    @Test
    void twoObjectsOfOneNameAreRefused() {
        assertThatThrownBy(() -> SchemaModel.empty().withTables(List.of(table("a"), table("b"), table("a"))))
                .hasMessageContaining("two of table public.a");
    }

    @Test
    void schemasAndUnsupportedObjectsAreSortedAndEnumTypesFound() {
        QualifiedName mood = QualifiedName.of("public", "mood");
        Unsupported second = new Unsupported(ObjectPath.table(QualifiedName.of("public", "b")), "a rule");
        Unsupported first = new Unsupported(ObjectPath.table(QualifiedName.of("public", "a")), "a trigger");
        Unsupported firstToo = new Unsupported(ObjectPath.table(QualifiedName.of("public", "a")), "a policy");
        SchemaModel model = SchemaModel.empty("z", "a").withSchemas(List.of("shop", "public", "shop"))
                .withEnumTypes(List.of(new EnumType(mood, List.of("sad"))))
                .withUnsupported(List.of(second, first, firstToo));
        assertThat(model.schemas()).containsExactly("public", "shop");
        assertThat(model.unsupported()).containsExactly(firstToo, first, second);
        assertThat(model.enumType(mood)).contains(new EnumType(mood, List.of("sad")));
        assertThat(model.enumType(QualifiedName.of("public", "other"))).isEmpty();
        assertThat(SchemaModel.empty("x").schemas()).containsExactly("x");
    }
}
