package dev.retort.scanner;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;

/**
 * The foreign-key and index names Hibernate made up rather than read from the mapping. Hibernate's metadata does not
 * keep whether a foreign key's or an index's name was given ({@code @ForeignKey(name = ...)},
 * {@code @Index(name = ...)}); when it was not, Hibernate's implicit naming strategy writes a prefix and the base-35
 * digits of an MD5 hash ({@code NamingHelper.hashedName}): {@code FKam4sd2h50y6x8ls1ngbjc8ms5},
 * {@code IDXk3jdl...}. A name of exactly that shape is taken as made up; nobody writes one by hand.
 */
final class HibernateMadeUpNames {

    private static final Pattern HASHED = Pattern.compile("(?i)(fk|idx|uk)[0-9a-y]{20,25}");

    private HibernateMadeUpNames() {
    }

    static MadeUpNames in(SchemaModel target) {
        Set<ObjectPath> madeUp = new HashSet<>();
        for (Table table : target.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                if (key.name() != null && HASHED.matcher(key.name()).matches()) {
                    madeUp.add(ObjectPath.constraint(table.name(), key));
                }
            }
            for (Index index : table.indexes()) {
                if (HASHED.matcher(index.name()).matches()) {
                    madeUp.add(ObjectPath.index(table.name(), index.name()));
                }
            }
        }
        return new MadeUpNames(madeUp);
    }
}
