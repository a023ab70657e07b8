package dev.retort.scanner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.internal.MetadataImpl;
import org.hibernate.boot.model.IdentifierGeneratorDefinition;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.generator.Generator;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.id.enhanced.TableGenerator;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.IdentifierCollection;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.Value;

import dev.retort.schema.ObjectPath;
import dev.retort.schema.Provenance;

/**
 * Where each table, column and sequence comes from, read from Hibernate's bindings (entities, their properties,
 * joins and collections), never from annotations: {@code entity dev.shop.Order}, {@code dev.shop.Order.customer},
 * {@code collection dev.shop.Customer.tags}, {@code secondary table of dev.shop.Product},
 * {@code id generator of dev.shop.Order.id}. The first claim wins: entities before subclasses, entities before
 * collections, so that a column shared by a foreign key and an id is named after the id.
 */
final class ProvenanceMapper {

    private final Metadata metadata;
    private final CatalogNames names;
    private final Map<ObjectPath, String> origins = new HashMap<>();
    private final Map<ObjectPath, TreeSet<String>> generatorUsers = new TreeMap<>();
    private final Map<ObjectPath, Table> generatorTables = new HashMap<>();

    private final Function<RootClass, Generator> generators;

    /** @param generators creates an entity hierarchy's id generator as the session factory would */
    ProvenanceMapper(Metadata metadata, CatalogNames names, Function<RootClass, Generator> generators) {
        this.metadata = metadata;
        this.names = names;
        this.generators = generators;
    }

    Provenance map() {
        List<PersistentClass> entities = metadata.getEntityBindings().stream()
                .sorted(Comparator.comparingInt(ProvenanceMapper::superclassCount)
                        .thenComparing(PersistentClass::getEntityName))
                .toList();
        entities.forEach(this::entity);
        // The owning side of a many-to-many names its join table, not the mappedBy side.
        metadata.getCollectionBindings().stream()
                .sorted(Comparator.comparing(Collection::isInverse).thenComparing(Collection::getRole))
                .forEach(this::collection);
        entities.stream().filter(RootClass.class::isInstance).map(RootClass.class::cast).forEach(this::generator);
        generatorUsers.forEach((path, users) -> {
            String origin = "id generator" + generatorName(path).map(name -> " " + name).orElse("") + " of "
                    + String.join(", ", users);
            origins.putIfAbsent(path, origin);
            // A generator's table (table generators) is the generator's through and through.
            Table table = generatorTables.get(path);
            if (table != null) {
                table.getColumns().forEach(column ->
                        origins.putIfAbsent(ObjectPath.column(path.owner(), names.column(column)), origin));
            }
        });
        return new Provenance(origins);
    }

    private void entity(PersistentClass entity) {
        String owner = ownerName(entity);
        Map<String, String> labels = new HashMap<>();
        Property id = entity.getIdentifierProperty();
        String idLabel = owner + "." + (id != null ? id.getName() : "id");
        if (id != null) {
            label(labels, owner, id);
        } else if (entity.getIdentifierMapper() != null) {
            entity.getIdentifierMapper().getProperties().forEach(property -> label(labels, owner, property));
        }
        labelColumns(labels, entity.getIdentifier(), idLabel);
        if (entity.getDiscriminator() != null) {
            labelColumns(labels, entity.getDiscriminator(), owner + " discriminator");
        }
        entity.getPropertyClosure().forEach(property -> label(labels, owner, property));
        if (entity.isJoinedSubclass()) {
            labelColumns(labels, entity.getKey(), idLabel);
        }
        claim(entity.getTable(), "entity " + owner, labels);
        for (Join join : entity.getJoins()) {
            labelColumns(labels, join.getKey(), idLabel);
            join.getProperties().forEach(property -> label(labels, owner, property));
            claim(join.getTable(), "secondary table of " + owner, labels);
        }
    }

    private void collection(Collection collection) {
        String role = collection.getRole();
        Map<String, String> labels = new HashMap<>();
        labelColumns(labels, collection.getKey(), role + " (owner key)");
        if (collection instanceof IndexedCollection indexed && indexed.getIndex() != null) {
            labelColumns(labels, indexed.getIndex(), role + " (index)");
        }
        if (collection instanceof IdentifierCollection identified) {
            labelColumns(labels, identified.getIdentifier(), role + " (id)");
        }
        if (!collection.isOneToMany()) {
            Value element = collection.getElement();
            if (element instanceof Component component) {
                component.getProperties().forEach(property -> label(labels, role, property));
            } else {
                labelColumns(labels, element, role);
            }
        }
        claim(collection.getCollectionTable(), "collection " + role, labels);
    }

    private void generator(RootClass root) {
        Generator generator;
        try {
            // Created the way the session factory creates it; boot only registered its database objects.
            generator = generators.apply(root);
        } catch (RuntimeException | LinkageError notCreatable) {
            return; // a custom generator that needs more than boot metadata: its objects keep no origin
        }
        ObjectPath path = null;
        if (generator instanceof SequenceStyleGenerator sequenceStyle) {
            QualifiedName physical = sequenceStyle.getDatabaseStructure().getPhysicalName();
            dev.retort.schema.QualifiedName name = names.qualified(physical.getSchemaName(), physical.getObjectName());
            path = sequenceStyle.getDatabaseStructure().isPhysicalSequence()
                    ? ObjectPath.sequence(name) : generatorTable(name);
        } else if (generator instanceof TableGenerator tableGenerator) {
            // It only tells its table as the DDL writes it; find the table Hibernate formats the same way.
            path = physicalTables().stream()
                    .filter(table -> names.formatted(table).equals(tableGenerator.getTableName()))
                    .findFirst().map(table -> generatorTable(names.table(table))).orElse(null);
        }
        if (path != null) {
            Property id = root.getIdentifierProperty();
            generatorUsers.computeIfAbsent(path, unused -> new TreeSet<>())
                    .add(ownerName(root) + (id == null ? "" : "." + id.getName()));
        }
    }

    private ObjectPath generatorTable(dev.retort.schema.QualifiedName name) {
        ObjectPath path = ObjectPath.table(name);
        physicalTables().stream().filter(table -> names.table(table).equals(name)).findFirst()
                .ifPresent(table -> generatorTables.put(path, table));
        return path;
    }

    private List<Table> physicalTables() {
        List<Table> tables = new ArrayList<>();
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            namespace.getTables().stream().filter(Table::isPhysicalTable).forEach(tables::add);
        }
        return tables;
    }

    /**
     * The name of a globally declared generator (package-level, or from orm.xml) that makes this sequence. Only
     * Hibernate's internal MetadataImpl keeps those definitions; names of generators declared on a class are
     * not kept at all, so those sequences are named by their users alone.
     */
    private Optional<String> generatorName(ObjectPath path) {
        if (!(metadata instanceof MetadataImpl impl)) {
            return Optional.empty();
        }
        return impl.getIdGeneratorDefinitionMap().values().stream()
                .filter(definition -> {
                    String sequence = definition.getParameters().get(SequenceStyleGenerator.SEQUENCE_PARAM);
                    return sequence != null && names.rendered(sequence).equals(path.owner().name());
                })
                .map(IdentifierGeneratorDefinition::getName)
                .findFirst();
    }

    private void label(Map<String, String> labels, String prefix, Property property) {
        String path = prefix + "." + property.getName();
        Value value = property.getValue();
        if (value instanceof Component component) {
            component.getProperties().forEach(sub -> label(labels, path, sub));
        } else if (!(value instanceof Collection)) {
            labelColumns(labels, value, path);
        }
    }

    private void labelColumns(Map<String, String> labels, Value value, String label) {
        if (value != null && !(value instanceof Collection)) {
            // getSelectables, not getColumns: a @Formula property has no column, and getColumns() throws for it.
            value.getSelectables().stream().filter(org.hibernate.mapping.Column.class::isInstance)
                    .map(org.hibernate.mapping.Column.class::cast)
                    .forEach(column -> labels.putIfAbsent(names.column(column), label));
        }
    }

    /** Names the table (unless named already) and each of its columns that a label covers. */
    private void claim(Table table, String tableOrigin, Map<String, String> labels) {
        if (table == null || !table.isPhysicalTable()) {
            return;
        }
        dev.retort.schema.QualifiedName tableName = names.table(table);
        origins.putIfAbsent(ObjectPath.table(tableName), tableOrigin);
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            String columnName = names.column(column);
            String label = labels.get(columnName);
            if (label != null) {
                origins.putIfAbsent(ObjectPath.column(tableName, columnName), label);
            }
        }
    }

    /** How deep in its hierarchy an entity is (7.1's getSuperclassClosure, which 6.6 and 7.0 lack). */
    private static int superclassCount(PersistentClass entity) {
        int count = 0;
        for (PersistentClass at = entity.getSuperclass(); at != null; at = at.getSuperclass()) {
            count++;
        }
        return count;
    }

    private static String ownerName(PersistentClass entity) {
        return entity.getClassName() != null ? entity.getClassName() : entity.getEntityName();
    }
}
