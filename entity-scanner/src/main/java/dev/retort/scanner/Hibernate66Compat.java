package dev.retort.scanner;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.Map;

import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.generator.Generator;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.RootClass;
import org.hibernate.mapping.Table;

/**
 * Hibernate 6.6: what 7.x renamed or moved, reached by reflection because the scanner is compiled against 7.4,
 * where these methods no longer exist.
 */
final class Hibernate66Compat implements HibernateCompat {

    @Override
    public String catalogOf(Namespace namespace) {
        Object catalog = invoke(namespace.getPhysicalName(), "getCatalog");
        return catalog == null ? null : catalog.toString();
    }

    @Override
    public String schemaOf(Namespace namespace) {
        Object schema = invoke(namespace.getPhysicalName(), "getSchema");
        return schema == null ? null : schema.toString();
    }

    @Override
    public String optionsOf(Table table) {
        return null;
    }

    @Override
    public String optionsOf(Column column) {
        return null;
    }

    /** {@code KeyValue.createGenerator(IdentifierGeneratorFactory, Dialect, RootClass)}, as 6.6's session factory. */
    @Override
    public Generator createGenerator(HibernateBoot boot, RootClass root) {
        try {
            Class<?> factoryType = Class.forName("org.hibernate.id.factory.IdentifierGeneratorFactory", false,
                    KeyValue.class.getClassLoader());
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object factory = boot.registry().requireService((Class) factoryType);
            Method create = KeyValue.class.getMethod("createGenerator", factoryType, Dialect.class, RootClass.class);
            return (Generator) create.invoke(root.getIdentifier(), factory, boot.dialect(), root);
        } catch (InvocationTargetException thrown) {
            throw rethrow(thrown);
        } catch (ReflectiveOperationException notThere) {
            throw new IllegalStateException("Hibernate 6.6 without KeyValue.createGenerator: " + notThere, notThere);
        }
    }

    /** The static {@code jpa.boot.internal.PersistenceXmlParser.parse(URL, PersistenceUnitTransactionType, Map)}. */
    @Override
    @SuppressWarnings("unchecked")
    public Map<String, PersistenceUnitDescriptor> persistenceUnits(URL persistenceXml, ClassLoader loader) {
        try {
            ClassLoader hibernates = KeyValue.class.getClassLoader();
            Class<?> parser = Class.forName("org.hibernate.jpa.boot.internal.PersistenceXmlParser", true, hibernates);
            Class<?> transactionType = Class.forName("jakarta.persistence.spi.PersistenceUnitTransactionType", true,
                    hibernates);
            Method parse = parser.getMethod("parse", URL.class, transactionType, Map.class);
            return (Map<String, PersistenceUnitDescriptor>) parse.invoke(null, persistenceXml, null, Map.of());
        } catch (InvocationTargetException thrown) {
            throw rethrow(thrown);
        } catch (ReflectiveOperationException notThere) {
            throw new IllegalStateException("Hibernate 6.6 without PersistenceXmlParser.parse: " + notThere, notThere);
        }
    }

    private static Object invoke(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (InvocationTargetException thrown) {
            throw rethrow(thrown);
        } catch (ReflectiveOperationException notThere) {
            throw new IllegalStateException(target.getClass().getName() + " has no " + method + "()", notThere);
        }
    }

    /** What the reflected method threw, as if it had been called directly. */
    private static RuntimeException rethrow(InvocationTargetException thrown) {
        Throwable cause = thrown.getCause();
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
