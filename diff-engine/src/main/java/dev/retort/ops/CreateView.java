package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.View;
import java.util.Objects;

/**
 * Creates a view again from its definition. retort never creates views the entities would ask for (they cannot);
 * it recreates the database's own views after a change they would have blocked.
 */
public record CreateView(View view) implements Operation {
    public CreateView {
        Objects.requireNonNull(view, "view");
    }

    @Override
    public DropView reverse() {
        return new DropView(view);
    }

    @Override
    public boolean destructive() {
        return false;
    }

    @Override
    public ObjectPath subject() {
        return ObjectPath.view(view.name());
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
