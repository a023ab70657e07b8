package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.Sequence;
import java.util.Objects;

/** Drops a sequence; its current value is lost, which is why it counts as destructive. */
public record DropSequence(Sequence sequence) implements Operation {
    public DropSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public CreateSequence reverse() {
        return new CreateSequence(sequence);
    }

    @Override
    public boolean destructive() {
        return true;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.sequence(sequence.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
