package dev.retort.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Columns and sequences keep one canonical spelling of "none", and their copies change one part each. */
class ColumnAndSequenceTest {

    private static final QualifiedName SEQ = QualifiedName.of("public", "order_seq");

    @Test
    void anEmptyCommentOrBlankDefaultIsNone() {
        Column column = Column.of("code", "text", true).withComment("").withDefault("  ");
        assertThat(column.comment()).isNull();
        assertThat(column.defaultExpression()).isNull();
        assertThat(Column.of("code", "text", true).withComment("the code").comment()).isEqualTo("the code");
        assertThat(Column.of("code", "text", true).withDefault(" 'x' ").defaultExpression()).isEqualTo("'x'");
    }

    @Test
    void aColumnCopyChangesOnlyItsOwnPart() {
        Column identity = Column.of("id", "bigint", false).withIdentity(Identity.BY_DEFAULT);
        assertThat(identity).isEqualTo(new Column("id", ColumnType.of("bigint"), false, null, Identity.BY_DEFAULT,
                null));
    }

    @Test
    void aSequenceCopyChangesOnlyItsOwnPart() {
        Sequence sequence = Sequence.of(SEQ, 1, 50);
        assertThat(sequence.withIncrement(1)).isEqualTo(Sequence.of(SEQ, 1, 1));
        assertThat(sequence.withStart(null)).isEqualTo(Sequence.of(SEQ, (Long) null, 50));
        assertThat(sequence.inSchema("scratch").name()).isEqualTo(QualifiedName.of("scratch", "order_seq"));
        assertThatThrownBy(() -> Sequence.of(SEQ, 1, 0)).hasMessageContaining("increment 0");
    }
}
