package dev.retort.reflect;

import schemacrawler.schema.AttributedObject;
import schemacrawler.schema.NamedObject;

/**
 * Reads the extra columns of the reflector's catalog SQL back from the SchemaCrawler objects they were
 * attached to (SchemaCrawler keeps every result column it does not map itself as an attribute, under the
 * column label in upper case). A missing attribute means the SQL and the Java disagree, which is a bug, so it
 * fails loudly rather than read as "none".
 */
final class CatalogAttributes {

    static final String FORMATTED_TYPE = "FORMATTED_TYPE";
    static final String IDENTITY_KIND = "IDENTITY_KIND";
    static final String CHECK_EXPRESSION = "CHECK_EXPRESSION";
    static final String INDEX_METHOD = "INDEX_METHOD";
    static final String INDEX_KEY_COLUMNS = "INDEX_KEY_COLUMNS";
    static final String INDEX_KEY_OPTIONS = "INDEX_KEY_OPTIONS";
    static final String INDEX_KEY_COUNT = "INDEX_KEY_COUNT";
    static final String INDEX_COLUMNS_USED = "INDEX_COLUMNS_USED";
    static final String SEQUENCE_DATA_TYPE = "DATA_TYPE";
    static final String SEQUENCE_CACHE_SIZE = "CACHE_SIZE";

    private CatalogAttributes() {
    }

    /** The attribute as text; null when the catalog said NULL. */
    static <T extends AttributedObject & NamedObject> String text(T object, String attribute)
            throws ReflectionException {
        Object value = present(object, attribute);
        return value == null ? null : value.toString();
    }

    static <T extends AttributedObject & NamedObject> long number(T object, String attribute)
            throws ReflectionException {
        Object value = present(object, attribute);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new ReflectionException("the catalog gave no number for " + attribute + " of " + object.getFullName());
    }

    /** The space-separated numbers of an int2vector printed as text, such as pg_index.indkey ("2 0 1"). */
    static <T extends AttributedObject & NamedObject> int[] vector(T object, String attribute)
            throws ReflectionException {
        String text = text(object, attribute);
        if (text == null || text.isBlank()) {
            return new int[0];
        }
        try {
            return java.util.Arrays.stream(text.strip().split("\\s+")).mapToInt(Integer::parseInt).toArray();
        } catch (NumberFormatException e) {
            throw new ReflectionException("the catalog gave '" + text + "' for " + attribute + " of "
                    + object.getFullName() + ", not a list of numbers", e);
        }
    }

    private static <T extends AttributedObject & NamedObject> Object present(T object, String attribute)
            throws ReflectionException {
        if (!object.hasAttribute(attribute)) {
            throw new ReflectionException("the catalog query gave no " + attribute + " for " + object.getFullName()
                    + "; the reflector's SQL and code disagree");
        }
        return object.getAttribute(attribute);
    }
}
