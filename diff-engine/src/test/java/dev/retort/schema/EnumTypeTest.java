package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnumTypeTest {

    private static final QualifiedName MOOD = QualifiedName.of("public", "mood");

    private static EnumType mood(String... labels) {
        return new EnumType(MOOD, List.of(labels));
    }

    @Test
    void anEnumTypeNeedsDistinctLabels() {
        assertThatThrownBy(() -> mood()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mood("sad", "sad")).hasMessageContaining("distinct labels");
        assertThat(mood("sad", "happy").labels()).containsExactly("sad", "happy");
    }

    @Test
    void labelsAddedAnywhereKeepingTheOrderExtendTheType() {
        assertThat(mood("sad", "happy").isExtendedBy(mood("calm", "sad", "ok", "happy", "glad"))).isTrue();
        assertThat(mood("sad").isExtendedBy(mood("sad", "happy"))).isTrue();
    }

    @Test
    void theSameLabelsAFewerOrAReorderingDoNotExtendTheType() {
        assertThat(mood("sad", "happy").isExtendedBy(mood("sad", "happy"))).isFalse();
        assertThat(mood("sad", "happy").isExtendedBy(mood("sad"))).isFalse();
        assertThat(mood("sad", "happy").isExtendedBy(mood("happy", "sad", "ok"))).isFalse();
    }

    @Test
    void movingToAnotherSchemaKeepsLabelsAndCasts() {
        EnumType moved = new EnumType(MOOD, List.of("a"), true).inSchema("scratch");
        assertThat(moved).isEqualTo(new EnumType(QualifiedName.of("scratch", "mood"), List.of("a"), true));
    }
}
