package dev.retort.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.schema.Column;
import dev.retort.schema.Identity;
import dev.retort.schema.Sequence;
import org.junit.jupiter.api.Test;

/** The aspects of a column or sequence that a change touches, and the text a review shows for each. */
class AspectsTest {

    private static final Column NOTE = Column.of("note", "text", true);

    @Test
    void nullabilityReadsNullOrNotNull() {
        assertThat(ColumnAspect.NULLABILITY.valueOf(NOTE)).isEqualTo("NULL");
        assertThat(ColumnAspect.NULLABILITY.valueOf(NOTE.withNullable(false))).isEqualTo("NOT NULL");
    }

    @Test
    void identityReadsAsItsKind() {
        assertThat(ColumnAspect.IDENTITY.valueOf(NOTE.withIdentity(Identity.BY_DEFAULT))).isEqualTo("BY_DEFAULT");
        assertThat(ColumnAspect.IDENTITY.valueOf(NOTE)).isEqualTo("NONE");
    }

    @Test
    void aColumnChangeListsExactlyTheAspectsThatDiffer() {
        Column changed = NOTE.withNullable(false).withIdentity(Identity.ALWAYS);

        assertThat(ColumnAspect.between(NOTE, changed))
                .containsExactlyInAnyOrder(ColumnAspect.NULLABILITY, ColumnAspect.IDENTITY);
        assertThat(new AlterColumn(Shop.ORDERS, NOTE, changed).aspects())
                .containsExactlyInAnyOrder(ColumnAspect.NULLABILITY, ColumnAspect.IDENTITY);
    }

    @Test
    void aSequenceChangeListsExactlyTheAspectsThatDiffer() {
        Sequence from = Shop.SEQUENCE;
        Sequence to = from.withIncrement(1).withStart(100L);

        assertThat(SequenceAspect.between(from, to))
                .containsExactlyInAnyOrder(SequenceAspect.START, SequenceAspect.INCREMENT);
        assertThat(new AlterSequence(from, to).aspects())
                .containsExactlyInAnyOrder(SequenceAspect.START, SequenceAspect.INCREMENT);
    }

    @Test
    void aSequenceOptionLeftToTheDatabaseReadsAsNothing() {
        assertThat(SequenceAspect.CACHE.valueOf(Shop.SEQUENCE)).isNull();
        assertThat(SequenceAspect.INCREMENT.valueOf(Shop.SEQUENCE)).isEqualTo("50");
    }
}
