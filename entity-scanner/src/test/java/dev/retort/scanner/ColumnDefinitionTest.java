package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A columnDefinition is read the way PostgreSQL reads the column after its name. */
class ColumnDefinitionTest {

    @Test
    void aPlainTypeIsAllType() {
        assertThat(ColumnDefinition.parse("timestamp(3) with time zone"))
                .isEqualTo(new ColumnDefinition("timestamp(3) with time zone", null, false, ""));
    }

    @Test
    void aDefaultAndNotNullAreSplitOffInAnyCase() {
        assertThat(ColumnDefinition.parse("VARCHAR(20) DEFAULT 'a not null value' NOT NULL"))
                .isEqualTo(new ColumnDefinition("VARCHAR(20)", "'a not null value'", true, ""));
        assertThat(ColumnDefinition.parse("numeric(10, 2) not null default (1 + 2)"))
                .isEqualTo(new ColumnDefinition("numeric(10, 2)", "(1 + 2)", true, ""));
        assertThat(ColumnDefinition.parse("integer null default 0"))
                .isEqualTo(new ColumnDefinition("integer", "0", false, ""));
    }

    @Test
    void clausesTheModelCannotSayAreKeptToBeWarnedAbout() {
        assertThat(ColumnDefinition.parse("integer not null check (x > 0) unique"))
                .isEqualTo(new ColumnDefinition("integer", null, true, "check (x > 0) unique"));
        assertThat(ColumnDefinition.parse("text collate \"C\" references other(id)"))
                .isEqualTo(new ColumnDefinition("text", null, false, "collate \"C\" references other(id)"));
    }

    @Test
    void wordsThatOnlyStartLikeAClauseAreNotClauses() {
        assertThat(ColumnDefinition.parse("nullable_type")).isEqualTo(new ColumnDefinition("nullable_type", null, false, ""));
        assertThat(ColumnDefinition.parse("my_type uniquely")).isEqualTo(new ColumnDefinition("my_type uniquely", null,
                false, ""));
    }
}
