package dev.retort.dialect.postgresql;

import static dev.retort.dialect.postgresql.PostgresNames.truncated;

import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.Constraint;
import dev.retort.schema.EnumType;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.IndexKey;
import dev.retort.schema.ObjectKind;
import dev.retort.schema.MadeUpNames;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Provenance;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;
import dev.retort.schema.Unsupported;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The entities' model with every name cut to the 63 bytes PostgreSQL keeps ({@link PostgresNames#truncated}):
 * schemas, tables, columns wherever they are named (keys, constraints, foreign keys and what they reference,
 * index keys), sequences, indexes, named constraints and enum types. The database holds the cut names, so the
 * entities' model must too, or a long name would be missing and extra forever. Names inside check and default
 * expressions are left alone: PostgreSQL cuts those as it parses them, when the normalizer samples them.
 *
 * <p>Two names that become one are an error naming both (with where each comes from), since PostgreSQL would
 * refuse the second object in the middle of an upgrade: two schemas; two relations of a schema (tables,
 * sequences, indexes, and the indexes behind primary keys and unique constraints); two types of a schema (enum
 * types and the row types of tables); two columns or two constraints of a table. Names that were equal before
 * the cut are left to the rest of retort and to PostgreSQL. Applying it to a model whose names are already cut
 * changes nothing.
 */
public final class TruncatedNames {

    /** The model with its names cut, and the entities' origins keyed by the cut names. */
    public record Truncated(SchemaModel model, Provenance provenance) {
    }

    private final Provenance provenance;
    private final Map<String, Map<String, Claim>> namespaces = new HashMap<>();

    private TruncatedNames(Provenance provenance) {
        this.provenance = provenance;
    }

    /** Cuts the names of the entities' model; a collision is reported with the origins of both names. */
    public static Truncated apply(SchemaModel raw, Provenance provenance) throws NormalizationException {
        TruncatedNames names = new TruncatedNames(provenance);
        return new Truncated(names.model(raw), names.provenance());
    }

    static SchemaModel apply(SchemaModel raw) throws NormalizationException {
        return apply(raw, Provenance.none()).model();
    }

    /** The made-up names of a model, keyed by the cut names as the model's objects are. */
    public static MadeUpNames apply(MadeUpNames raw) {
        return new MadeUpNames(raw.paths().stream().map(TruncatedNames::truncatedPath)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** A path with its names cut as the objects' names are. */
    private static ObjectPath truncatedPath(ObjectPath path) {
        return new ObjectPath(path.kind(), name(path.owner()),
                path.member() == null ? null : truncated(path.member()));
    }

    private static QualifiedName name(QualifiedName name) {
        return new QualifiedName(truncated(name.schema()), truncated(name.name()));
    }

    private SchemaModel model(SchemaModel raw) throws NormalizationException {
        List<String> schemas = new ArrayList<>();
        for (String schema : raw.schemas()) {
            schemas.add(claim("schemas", ObjectPath.schema(schema), schema, ObjectKind.SCHEMA));
        }
        List<Table> tables = new ArrayList<>();
        for (Table table : raw.tables()) {
            tables.add(table(table));
        }
        List<Sequence> sequences = new ArrayList<>();
        for (Sequence sequence : raw.sequences()) {
            QualifiedName name = relation(ObjectPath.sequence(sequence.name()), sequence.name(), ObjectKind.SEQUENCE);
            sequences.add(new Sequence(name, sequence.dataType(), sequence.start(), sequence.increment(),
                    sequence.minValue(), sequence.maxValue(), sequence.cache(), sequence.cycle()));
        }
        List<EnumType> enumTypes = new ArrayList<>();
        for (EnumType type : raw.enumTypes()) {
            String name = claim("types of " + truncated(type.name().schema()), ObjectPath.enumType(type.name()),
                    type.name().name(), ObjectKind.ENUM_TYPE);
            enumTypes.add(new EnumType(new QualifiedName(truncated(type.name().schema()), name), type.labels(),
                    type.varcharCasts()));
        }
        List<Unsupported> unsupported = raw.unsupported().stream()
                .map(u -> new Unsupported(truncatedPath(u.path()), u.what())).toList();
        return new SchemaModel(schemas, tables, sequences, raw.views(), enumTypes, unsupported);
    }

    private Table table(Table raw) throws NormalizationException {
        QualifiedName name = relation(ObjectPath.table(raw.name()), raw.name(), ObjectKind.TABLE);
        claim("types of " + name.schema(), ObjectPath.table(raw.name()), raw.name().name(), ObjectKind.TABLE);
        List<Column> columns = new ArrayList<>();
        for (Column column : raw.columns()) {
            String cut = claim("columns of " + name, ObjectPath.column(raw.name(), column.name()), column.name(),
                    ObjectKind.COLUMN);
            columns.add(new Column(cut, column.type(), column.nullable(), column.defaultExpression(),
                    column.identity(), column.comment()));
        }
        PrimaryKey primaryKey = raw.primaryKey() == null ? null
                : new PrimaryKey(constraintName(raw, name, raw.primaryKey()), columns(raw.primaryKey().columns()));
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueConstraint unique : raw.uniqueConstraints()) {
            uniques.add(new UniqueConstraint(constraintName(raw, name, unique), columns(unique.columns())));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        for (CheckConstraint check : raw.checks()) {
            checks.add(new CheckConstraint(constraintName(raw, name, check), check.expression(),
                    columns(check.columns())));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (ForeignKey fk : raw.foreignKeys()) {
            foreignKeys.add(new ForeignKey(constraintName(raw, name, fk), columns(fk.columns()),
                    name(fk.referencedTable()), columns(fk.referencedColumns()), fk.onDelete(), fk.onUpdate(),
                    fk.deferral()));
        }
        List<Index> indexes = new ArrayList<>();
        for (Index index : raw.indexes()) {
            String cut = relation(ObjectPath.index(raw.name(), index.name()),
                    new QualifiedName(raw.name().schema(), index.name()), ObjectKind.INDEX).name();
            List<IndexKey> keys = index.keys().stream().map(key -> key.isColumn() ? new IndexKey(
                    truncated(key.column()), null, key.descending(), key.nullsFirst()) : key).toList();
            indexes.add(new Index(cut, keys, index.unique(), index.method(), index.predicate()));
        }
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, raw.comment());
    }

    /**
     * A named constraint's cut name, unique among the table's constraints; a primary key or unique constraint is
     * also an index of the schema. Unnamed constraints stay unnamed: they are named later from the cut names.
     */
    private String constraintName(Table raw, QualifiedName table, Constraint constraint) throws NormalizationException {
        if (constraint.name() == null) {
            return null;
        }
        ObjectPath path = ObjectPath.constraint(raw.name(), constraint);
        if (constraint instanceof PrimaryKey || constraint instanceof UniqueConstraint) {
            relation(path, new QualifiedName(raw.name().schema(), constraint.name()), path.kind());
        }
        return claim("constraints of " + table, path, constraint.name(), path.kind());
    }

    private static List<String> columns(List<String> columns) {
        return columns.stream().map(PostgresNames::truncated).toList();
    }

    /** Claims a name in the relation namespace of its (cut) schema; returns the cut qualified name. */
    private QualifiedName relation(ObjectPath path, QualifiedName name, ObjectKind kind) throws NormalizationException {
        String schema = truncated(name.schema());
        return new QualifiedName(schema, claim("relations of " + schema, path, name.name(), kind));
    }

    /** One object naming itself {@code name} in a namespace; who owns each name, to report a collision. */
    private record Claim(ObjectPath path, String name, ObjectKind kind) {
    }

    /**
     * Records that the object at {@code path} takes the cut {@code name} in the namespace; returns the cut name.
     * Another object whose different name was cut to the same one is an error.
     */
    private String claim(String namespace, ObjectPath path, String name, ObjectKind kind)
            throws NormalizationException {
        String cut = truncated(name);
        Claim claim = new Claim(path, name, kind);
        Claim earlier = namespaces.computeIfAbsent(namespace, n -> new HashMap<>()).putIfAbsent(cut, claim);
        if (earlier != null && !earlier.name().equals(name)) {
            throw collision(earlier, claim, cut);
        }
        return cut;
    }

    private NormalizationException collision(Claim first, Claim second, String cut) {
        String kinds = first.kind() == second.kind() ? plural(first.kind()) + " " + describe(first) + " and "
                : first.kind().label() + " " + describe(first) + " and " + second.kind().label() + " ";
        String remedy = first.kind() == second.kind() ? remedy(first.kind())
                : remedy(first.kind()) + " or " + remedy(second.kind());
        return new NormalizationException("the entities' " + kinds + describe(second) + " both become "
                + cutDisplay(second, cut) + " in PostgreSQL, which keeps " + PostgresNames.MAX_BYTES
                + " bytes of a name: shorten one with " + remedy);
    }

    /** The object as the entities name it, with where it comes from when that is known. */
    private String describe(Claim claim) {
        Optional<String> origin = provenance.originOf(claim.path());
        return display(claim.path(), claim.name()) + origin.map(o -> " (" + o + ")").orElse("");
    }

    private static String cutDisplay(Claim claim, String cut) {
        return display(truncatedPath(claim.path()), cut);
    }

    /** Schema-level objects and indexes (relations of their schema) as {@code schema.name}, the rest by path. */
    private static String display(ObjectPath path, String name) {
        return switch (path.kind()) {
            case SCHEMA -> name;
            case COLUMN, PRIMARY_KEY, UNIQUE_CONSTRAINT, CHECK_CONSTRAINT, FOREIGN_KEY -> path.owner() + "." + name;
            default -> path.owner().schema() + "." + name;
        };
    }

    private static String plural(ObjectKind kind) {
        return kind == ObjectKind.INDEX ? "indexes" : kind.label() + "s";
    }

    private static String remedy(ObjectKind kind) {
        return switch (kind) {
            case SCHEMA -> "@Table(schema = ...)";
            case TABLE -> "@Table(name = ...)";
            case COLUMN -> "@Column(name = ...)";
            case SEQUENCE -> "@SequenceGenerator(sequenceName = ...)";
            case INDEX -> "@Index(name = ...)";
            case UNIQUE_CONSTRAINT -> "@UniqueConstraint(name = ...)";
            case FOREIGN_KEY -> "@ForeignKey(name = ...)";
            case CHECK_CONSTRAINT -> "@Check(name = ...)";
            case ENUM_TYPE -> "a shorter Java enum name";
            default -> "a shorter name";
        };
    }

    /** The origins, keyed by the cut names; the first of two paths that became one keeps its origin. */
    private Provenance provenance() {
        Map<ObjectPath, String> origins = new TreeMap<>();
        new TreeMap<>(provenance.origins()).forEach((path, origin) -> origins.putIfAbsent(truncatedPath(path), origin));
        return new Provenance(origins);
    }
}
