package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.Sequence;
import java.util.Objects;
import java.util.Set;

/** Changes a sequence's options; its current value is kept. */
public record AlterSequence(Sequence from, Sequence to) implements Operation {
    public AlterSequence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterSequence cannot rename " + from.name());
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("AlterSequence " + from.name() + " changes nothing");
        }
    }

    public Set<SequenceAspect> aspects() {
        return SequenceAspect.between(from, to);
    }

    @Override
    public AlterSequence reverse() {
        return new AlterSequence(to, from);
    }

    @Override
    public boolean destructive() {
        return false;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.sequence(from.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
