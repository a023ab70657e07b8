package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.Sequence;
import java.util.Objects;

/**
 * Gives a standalone sequence another name in its schema; its current value stays, which is why a sequence that
 * follows a renamed table's name is renamed rather than dropped and created again (that would restart it).
 */
public record RenameSequence(Sequence sequence, String newName) implements Operation {
    public RenameSequence {
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(newName, "newName");
        if (newName.equals(sequence.name().name())) {
            throw new IllegalArgumentException("RenameSequence to the same name " + newName);
        }
    }

    public Sequence renamed() {
        Sequence s = sequence;
        return new Sequence(new QualifiedName(s.name().schema(), newName), s.dataType(), s.start(), s.increment(),
                s.minValue(), s.maxValue(), s.cache(), s.cycle());
    }

    @Override
    public RenameSequence reverse() {
        return new RenameSequence(renamed(), sequence.name().name());
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
