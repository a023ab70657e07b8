package dev.retort.ops;

import dev.retort.schema.Sequence;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The parts of a sequence that an {@link AlterSequence} can change. */
public enum SequenceAspect {
    DATA_TYPE(Sequence::dataType),
    START(Sequence::start),
    INCREMENT(Sequence::increment),
    MIN_VALUE(Sequence::minValue),
    MAX_VALUE(Sequence::maxValue),
    CACHE(Sequence::cache),
    CYCLE(Sequence::cycle);

    private final Function<Sequence, Object> value;

    SequenceAspect(Function<Sequence, Object> value) {
        this.value = value;
    }

    /** The aspect's value as text ({@code null} when the sequence leaves it to the database). */
    public String valueOf(Sequence sequence) {
        Object v = value.apply(sequence);
        return v == null ? null : v.toString();
    }

    public static Set<SequenceAspect> between(Sequence from, Sequence to) {
        Set<SequenceAspect> changed = EnumSet.noneOf(SequenceAspect.class);
        for (SequenceAspect aspect : values()) {
            if (!Objects.equals(aspect.valueOf(from), aspect.valueOf(to))) {
                changed.add(aspect);
            }
        }
        return changed;
    }
}
