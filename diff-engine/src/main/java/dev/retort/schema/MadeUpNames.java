package dev.retort.schema;

import java.util.Set;

/**
 * The names of the entities' constraints and indexes that nobody chose: Hibernate's hashed foreign-key and index
 * names, and the names the database gives constraints the mapping leaves unnamed. They are not intent, so an
 * equivalent constraint or index under another name in the database is the same object, never renamed. Names stated
 * in the mapping ({@code @ForeignKey(name = ...)}, {@code @Index(name = ...)}) are not listed here.
 *
 * @param paths the paths of the entities' constraints and indexes under their made-up names
 */
public record MadeUpNames(Set<ObjectPath> paths) {

    public MadeUpNames {
        paths = Set.copyOf(paths);
    }

    public static MadeUpNames none() {
        return new MadeUpNames(Set.of());
    }

    public boolean contains(ObjectPath path) {
        return paths.contains(path);
    }

    public MadeUpNames plus(MadeUpNames more) {
        java.util.Set<ObjectPath> all = new java.util.HashSet<>(paths);
        all.addAll(more.paths);
        return new MadeUpNames(all);
    }
}
