package dev.retort.scanner;

import java.net.URL;
import java.util.Map;

import org.hibernate.Version;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.generator.Generator;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Table;

/**
 * The few places where the Hibernate API the scanner reads differs across the supported versions (6.6 and 7.0 to
 * 7.4), each behind one named method. The scanner is compiled against 7.4; everything not here links the same in
 * every supported version (HibernateVersionsLinkageTest checks the scanner's class files against each).
 */
interface HibernateCompat {

    /** The shims of the Hibernate loaded with the scanner. */
    static HibernateCompat ofLoadedHibernate() {
        return Version.getVersionString().startsWith("6.") ? new Hibernate66Compat() : new Hibernate7Compat();
    }

    /** The physical catalog of a namespace, or null: 7.x's {@code Name} is a record, 6.6's a bean. */
    String catalogOf(Namespace namespace);

    /** The physical schema of a namespace, or null (see {@link #catalogOf}). */
    String schemaOf(Namespace namespace);

    /** {@code @Table(options = ...)}, JPA 3.2: none before Hibernate 7. */
    String optionsOf(Table table);

    /** {@code @Column(options = ...)}, JPA 3.2: none before Hibernate 7. */
    String optionsOf(Column column);

    /**
     * The id generator of an entity hierarchy, created the way the session factory creates it: 7.x hands it the
     * default schema through {@code GeneratorSettings}, 6.6 through the identifier generator factory service.
     */
    Generator createGenerator(HibernateBoot boot, RootClass root);

    /**
     * The units of a {@code persistence.xml}: 7.x has a parser instance in {@code jpa.boot.spi}, 6.6 a static one
     * in {@code jpa.boot.internal}.
     */
    Map<String, PersistenceUnitDescriptor> persistenceUnits(URL persistenceXml, ClassLoader loader);
}
