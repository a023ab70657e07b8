package dev.retort.ops;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.View;
import java.util.Objects;

/**
 * Drops a view for as long as a change it would block runs; it holds the definition to create it again. A
 * materialized view's rows are computed again when it is recreated, which is why this counts as destructive.
 */
public record DropView(View view) implements Operation {
    public DropView {
        Objects.requireNonNull(view, "view");
    }

    @Override
    public CreateView reverse() {
        return new CreateView(view);
    }

    @Override
    public boolean destructive() {
        return view.materialized();
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
