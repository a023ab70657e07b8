package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the comparison reads off a type's canonical spelling: its base name, its modifiers, a user type. */
class ColumnTypeTest {

    @Test
    void theBaseNameLeavesOutTheModifiersWhereverTheyStand() {
        assertThat(ColumnType.of("timestamp(6) with time zone").baseName()).isEqualTo("timestamp with time zone");
        assertThat(ColumnType.of("numeric(12,2)").baseName()).isEqualTo("numeric");
        assertThat(ColumnType.of("character varying(80)[]").baseName()).isEqualTo("character varying[]");
        assertThat(ColumnType.of("text").baseName()).isEqualTo("text");
    }

    @Test
    void theModifiersAreTheNumbersOfTheFirstParentheses() {
        assertThat(ColumnType.of("numeric(12,2)").modifiers()).containsExactly(12, 2);
        assertThat(ColumnType.of("character varying( 80 )").modifiers()).containsExactly(80);
        assertThat(ColumnType.of("text").modifiers()).isEmpty();
        assertThat(ColumnType.of("geometry(Point,4326)").modifiers()).isEmpty();
    }

    @Test
    void aSchemaQualifiedNameIsAUserTypeEvenAsAnArray() {
        assertThat(ColumnType.of("public.mood").userType()).contains(QualifiedName.of("public", "mood"));
        assertThat(ColumnType.of("public.mood[]").userType()).contains(QualifiedName.of("public", "mood"));
        assertThat(ColumnType.of("\"Shop Data\".\"Mood\"[]").userType())
                .contains(QualifiedName.of("Shop Data", "Mood"));
    }

    @Test
    void aBuiltInTypeOrADotInsideQuotesOrParenthesesIsNoUserType() {
        assertThat(ColumnType.of("integer[]").userType()).isEmpty();
        assertThat(ColumnType.of("numeric(12,2)").userType()).isEmpty();
        assertThat(ColumnType.of("\"odd.name\"").userType()).isEmpty();
        assertThat(ColumnType.of("interval(3)").userType()).isEmpty();
        assertThat(ColumnType.of("public.\"Weird(1)\"").userType())
                .isEqualTo(Optional.of(QualifiedName.of("public", "Weird(1)")));
    }

    @Test
    void anArrayTypeSaysSo() {
        assertThat(ColumnType.of("integer[]").isArray()).isTrue();
        assertThat(ColumnType.of("integer").isArray()).isFalse();
    }

    @Test
    void aTypeIsItsTrimmedSpelling() {
        assertThat(ColumnType.of("  text ")).isEqualTo(ColumnType.of("text"));
        assertThat(ColumnType.of("bigint")).hasToString("bigint");
    }
}
