package dev.retort.sample.shop;

import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;

/**
 * The shop model as Hibernate sees it without a database (PostgreSQL 15 dialect, no JDBC metadata access), and
 * the create script Hibernate itself generates for it. Both are built once per test JVM.
 */
final class ShopModel {

    /** Every mapped class of the model: entities and the embeddable. */
    static final List<Class<?>> MAPPED_CLASSES = List.of(
            Address.class, AuditEvent.class, BankTransferPayment.class, CardPayment.class, Category.class,
            Coupon.class, Customer.class, CustomerOrder.class, OrderLine.class, OrderStatusChange.class,
            Payment.class, PriceChange.class, Product.class, ProductImage.class, Review.class, Shipment.class,
            ShopUser.class, StockItem.class, Supplier.class, Warehouse.class);

    private static List<String> createScript;

    private ShopModel() {
    }

    /** Hibernate's own create statements for the model, in its order, without trailing semicolons. */
    static synchronized List<String> createScript() {
        if (createScript == null) {
            createScript = generateCreateScript();
        }
        return createScript;
    }

    /** Runs Hibernate's create script on the database, statement by statement; a failure names the statement. */
    static void applyCreateScript(TestDatabase database) {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : createScript()) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new AssertionError("PostgreSQL rejects Hibernate's statement [" + sql + "]: "
                            + e.getMessage(), e);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to " + database.url() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> generateCreateScript() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
        settings.put("jakarta.persistence.database-major-version", "15");
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            MAPPED_CLASSES.forEach(sources::addAnnotatedClass);
            Metadata metadata = sources.buildMetadata();
            return List.copyOf(new SchemaCreatorImpl(registry).generateCreationCommands(metadata, false));
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
