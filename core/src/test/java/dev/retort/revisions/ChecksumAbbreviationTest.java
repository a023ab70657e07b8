package dev.retort.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How checksums appear in history and in the edited-revision message, and what only a leading mark ignores. */
class ChecksumAbbreviationTest {

    @Test
    void aChecksumIsShownByItsFirstTwelveDigits() {
        assertThat(Checksum.abbreviate(Checksum.of("a\nb\nc\n"))).isEqualTo("880553fca8fc");
    }

    @Test
    void aChecksumShorterThanTwelveDigitsIsShownWhole() {
        assertThat(Checksum.abbreviate("abc")).isEqualTo("abc");
    }

    @Test
    void aRevisionAppliedWithoutAChecksumShowsNone() {
        assertThat(Checksum.abbreviate(null)).isEqualTo("none");
    }

    @Test
    void onlyALeadingByteOrderMarkIsIgnored() {
        assertThat(Checksum.of("\uFEFFa")).isEqualTo(Checksum.of("a"));
        assertThat(Checksum.of("a\uFEFF")).isNotEqualTo(Checksum.of("a"));
    }
}
