package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.Sequence;
import java.util.Objects;

public record CreateSequence(Sequence sequence) implements Operation {
    public CreateSequence {
        Objects.requireNonNull(sequence, "sequence");
    }

    @Override
    public DropSequence reverse() {
        return new DropSequence(sequence);
    }

    @Override
    public boolean destructive() {
        return false;
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
