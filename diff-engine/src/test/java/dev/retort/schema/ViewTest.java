package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewTest {

    private static final QualifiedName ITEM = QualifiedName.of("public", "item");
    private static final QualifiedName CHEAP = QualifiedName.of("public", "cheap");

    @Test
    void aDefinitionIsKeptWithoutItsTrailingSemicolon() {
        assertThat(new View(CHEAP, " SELECT 1 ; ", false).definition()).isEqualTo("SELECT 1");
        assertThat(new View(CHEAP, "SELECT ';'", false).definition()).isEqualTo("SELECT ';'");
        assertThat(new View(CHEAP, null, true).definition()).isEmpty();
    }

    @Test
    void whatAViewReadsIsSortedOnceAndAnswersForColumnsAndViews() {
        View view = new View(CHEAP, "SELECT", false, List.of(ObjectPath.column(ITEM, "price"),
                ObjectPath.view(QualifiedName.of("public", "base")), ObjectPath.column(ITEM, "price")));
        assertThat(view.reads()).containsExactly(ObjectPath.view(QualifiedName.of("public", "base")),
                ObjectPath.column(ITEM, "price"));
        assertThat(view.readsColumn(ITEM, "price")).isTrue();
        assertThat(view.readsColumn(ITEM, "code")).isFalse();
        assertThat(view.readsView(QualifiedName.of("public", "base"))).isTrue();
        assertThat(view.readsView(ITEM)).isFalse();
    }
}
