package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table refuses what PostgreSQL's name spaces refuse, and its copies change one part each. */
class TableTest {

    private static final QualifiedName ITEM = QualifiedName.of("public", "item");
    private static final Table PLAIN = Table.of(ITEM, List.of(Column.of("id", "bigint", false),
            Column.of("code", "text", true)), PrimaryKey.of("item_pkey", "id"));

    @Test
    void twoConstraintsOfOneNameAreRefused() {
        assertThatThrownBy(() -> PLAIN.withChecks(List.of(CheckConstraint.of("item_pkey", "(id > 0)"))))
                .hasMessageContaining("two constraints named item_pkey");
    }

    @Test
    void anIndexNamedLikeAPrimaryKeyOrUniqueConstraintIsRefused() {
        assertThatThrownBy(() -> PLAIN.withIndexes(List.of(Index.of("item_pkey", false, "code"))))
                .hasMessageContaining("two indexes or index-backed constraints named item_pkey");
        assertThatThrownBy(() -> PLAIN.withUniqueConstraints(List.of(UniqueConstraint.of("u", "code")))
                .withIndexes(List.of(Index.of("u", false, "code"))))
                .hasMessageContaining("named u");
    }

    @Test
    void anIndexMayShareItsNameWithACheckOrAForeignKey() {
        Table table = PLAIN.withChecks(List.of(CheckConstraint.of("code_rule", "(code <> '')")))
                .withIndexes(List.of(Index.of("code_rule", false, "code")));
        assertThat(table.indexes()).extracting(Index::name).containsExactly("code_rule");
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        assertThatThrownBy(() -> PLAIN.withColumns(List.of(Column.of("a", "text", true), Column.of("a", "int", true))))
                .hasMessageContaining("column a twice");
    }

    @Test
    void constraintsAndIndexesAreSortedByNameWhateverTheOrderGiven() {
        Table table = PLAIN.withUniqueConstraints(List.of(UniqueConstraint.of("b", "code"),
                UniqueConstraint.of("a", "id", "code"))).withIndexes(List.of(Index.of("z", false, "code"),
                Index.of("y", false, "id")));
        assertThat(table.uniqueConstraints()).extracting(Constraint::name).containsExactly("a", "b");
        assertThat(table.indexes()).extracting(Index::name).containsExactly("y", "z");
        assertThat(table.constraints()).extracting(Constraint::name).containsExactly("item_pkey", "a", "b");
    }

    @Test
    void eachCopyChangesOnlyItsOwnPart() {
        Table changed = PLAIN.withColumn("code", c -> c.withNullable(false)).withComment("items")
                .withName(QualifiedName.of("shop", "item"));
        assertThat(changed.columns()).containsExactly(Column.of("id", "bigint", false), Column.of("code", "text", false));
        assertThat(changed.comment()).isEqualTo("items");
        assertThat(changed.name()).isEqualTo(QualifiedName.of("shop", "item"));
        assertThat(changed.primaryKey()).isEqualTo(PLAIN.primaryKey());
        assertThat(PLAIN.withComment("").comment()).isNull();
        assertThat(PLAIN.column("code")).contains(Column.of("code", "text", true));
        assertThat(PLAIN.withPrimaryKey(null).primaryKeyIfAny()).isEmpty();
    }
}
