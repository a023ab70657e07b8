package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresIdentifiers.quote;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ColumnType;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identity;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw models (as the scanner writes them) whose every name is exactly 63, 64 or 100 bytes long, built of one
 * character: {@code a} (1 byte), {@code é} (2 bytes) or {@code 日} (3 bytes). Each name starts with a 4-byte tag
 * saying what it names and how long it is ({@code t64_}, {@code c100}), so that names stay apart after
 * PostgreSQL keeps their first 63 bytes; with the multibyte characters the 64- and 100-byte names are cut
 * inside a character.
 */
final class LongNameModels {

    static final int[] SIZES = {63, 64, 100};

    private LongNameModels() {
    }

    /** A name of exactly {@code bytes} UTF-8 bytes: the tag, the character repeated, ASCII {@code x} to fill. */
    static String name(char kind, int bytes, String character) {
        StringBuilder name = new StringBuilder(kind + String.valueOf(bytes));
        while (name.length() < 4) {
            name.append('_');
        }
        while (bytes(name) + bytes(character) <= bytes) {
            name.append(character);
        }
        while (bytes(name) < bytes) {
            name.append('x');
        }
        return name.toString();
    }

    private static int bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * For each size: a parent table, a table with an identity-free id whose default reads a sequence, a column of
     * an enum type, a named unique constraint, a check, a named foreign key to the parent and a named index, all
     * named at that size; the sequence and the enum type too. Everything in {@code schema}; the default names its
     * sequence unqualified in {@code public}, as Hibernate does, qualified elsewhere.
     */
    static SchemaModel model(String schema, String character, boolean withEnumTypes) {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        List<EnumType> enumTypes = new ArrayList<>();
        for (int size : SIZES) {
            QualifiedName parent = QualifiedName.of(schema, name('p', size, character));
            String parentId = name('q', size, character);
            tables.add(Table.of(parent, List.of(Column.of(parentId, "bigint", false)), PrimaryKey.of(null, parentId)));

            QualifiedName sequence = QualifiedName.of(schema, name('s', size, character));
            sequences.add(Sequence.of(sequence, 1, 50));
            QualifiedName mood = QualifiedName.of(schema, name('e', size, character));
            enumTypes.add(new EnumType(mood, List.of("happy", "sad")));

            String id = name('c', size, character);
            String code = name('d', size, character);
            String reference = name('r', size, character);
            String feeling = name('m', size, character);
            List<Column> columns = new ArrayList<>(List.of(
                    new Column(id, ColumnType.of("bigint"), false,
                            "nextval(" + PostgresIdentifiers.literal(schema.equals("public") ? quote(sequence.name())
                                    : PostgresIdentifiers.qualified(sequence)) + ")", Identity.NONE, null),
                    Column.of(code, "varchar(20)", false),
                    Column.of(reference, "bigint", true)));
            if (withEnumTypes) {
                columns.add(new Column(feeling, ColumnType.of(PostgresIdentifiers.qualified(mood)), true, "'sad'",
                        Identity.NONE, null));
            }
            tables.add(new Table(QualifiedName.of(schema, name('t', size, character)), columns,
                    PrimaryKey.of(null, id),
                    List.of(UniqueConstraint.of(name('k', size, character), code)),
                    List.of(CheckConstraint.of(null, quote(code) + " <> ''")),
                    List.of(ForeignKey.of(name('f', size, character), List.of(reference), parent, List.of(parentId))),
                    List.of(new Index(name('i', size, character), List.of(IndexKey.column(code),
                            IndexKey.column(reference, true)), false, "btree", null)),
                    null));
        }
        return new SchemaModel(List.of(schema), tables, sequences, List.of(), withEnumTypes ? enumTypes : List.of(),
                List.of());
    }
}
