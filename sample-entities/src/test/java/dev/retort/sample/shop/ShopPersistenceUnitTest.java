package dev.retort.sample.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The shop model works as a real application uses it: the {@code shop} persistence unit boots against the schema
 * Hibernate generated, passes Hibernate's schema validation, and stores and reads back an order with its lines and
 * payment.
 */
@ExtendWith(PostgresExtension.class)
class ShopPersistenceUnitTest {

    private static final String PACKAGE = "dev.retort.sample.shop";

    private static final Instant PLACED_AT = Instant.parse("2026-11-20T09:15:30.123456Z");
    private static final Address HOME = new Address("12 Analytical Row", "London", "NW1 6XE", "GB");
    private static final Address OFFICE = new Address("1 Engine Yard", "London", "EC1A 1BB", "GB");

    /** What the first transaction stored, for the second one to look up. */
    private record Placed(Long orderId, UUID userId) {
    }

    @Test
    void anOrderWithTwoLinesAndACardPaymentIsStoredAndReadBack(TestDatabase database) {
        ShopModel.applyCreateScript(database);
        try (EntityManagerFactory factory = Persistence.createEntityManagerFactory("shop", Map.of(
                "jakarta.persistence.jdbc.url", database.url(),
                "jakarta.persistence.jdbc.user", database.user(),
                "jakarta.persistence.jdbc.password", database.password(),
                "hibernate.hbm2ddl.auto", "validate"))) {
            Placed placed = inTransaction(factory, ShopPersistenceUnitTest::placeAnOrder);
            inTransaction(factory, em -> {
                readBack(em, placed);
                return null;
            });
        }
        assertThat(database.queryColumn("select event_type from audit_event")).containsExactly("ORDER_STATUS");
        assertThat(database.queryColumn("select count(*) from card_payment join payment on id = payment_id"))
                .containsExactly("1");
    }

    private static Placed placeAnOrder(EntityManager em) {
        Category kitchen = new Category("kitchen", "Kitchen");
        Supplier acme = new Supplier("Acme Appliances");
        Product kettle = new Product("KET-001", "Electric kettle", new BigDecimal("39.90"));
        kettle.setCategory(kitchen);
        kettle.setDescription("1.7 l, 2200 W.\nBoils in three minutes.");
        kettle.getTags().addAll(List.of("electric", "kitchen"));
        kettle.addSupplier(acme);
        kettle.addImage("https://cdn.example.com/ket-001.jpg", "Kettle, front");
        Product mug = new Product("MUG-002", "Stoneware mug", new BigDecimal("7.50"));
        Customer ada = new Customer("ada@example.com", "Ada", "Lovelace");
        ada.setAddress(HOME);
        ada.setBirthDate(LocalDate.of(1815, 12, 10));
        CustomerOrder order = new CustomerOrder("SO-1001", "EUR", HOME, PLACED_AT);
        order.setShippingAddress(OFFICE);
        ada.addOrder(order);
        order.addLine(kettle, 1, kettle.getPrice());
        order.addLine(mug, 2, mug.getPrice());
        CardPayment payment = new CardPayment(order, order.getTotalAmount(), "VISA", "4242");
        payment.markCaptured(PLACED_AT.plusSeconds(5));
        ShopUser login = new ShopUser("ada", "$2a$10$abcdefghijklmnopqrstuv");
        login.setCustomer(ada);
        Stream.of(kitchen, acme, kettle, mug, ada, order, payment, login, new Review(kettle, ada, (short) 5))
                .forEach(em::persist);
        em.flush(); // assigns the order id the audit event refers to
        em.persist(new OrderStatusChange("ada", order.getId(), OrderStatus.NEW, OrderStatus.PAID));
        return new Placed(order.getId(), login.getId());
    }

    private static void readBack(EntityManager em, Placed placed) {
        CustomerOrder order = em.find(CustomerOrder.class, placed.orderId());
        assertThat(order.getCustomer().getEmail()).isEqualTo("ada@example.com");
        assertThat(order.getCustomer().getAddress()).isEqualTo(HOME);
        assertThat(order.getBillingAddress()).isEqualTo(HOME);
        assertThat(order.getShippingAddress()).isEqualTo(OFFICE);
        assertThat(order.getPlacedAt()).isEqualTo(PLACED_AT);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.NEW);
        assertThat(order.getTotalAmount()).isEqualByComparingTo("54.90");
        assertThat(order.getLines()).extracting(line -> line.getProduct().getSku(), OrderLine::getQuantity)
                .containsExactly(tuple("KET-001", 1), tuple("MUG-002", 2));

        Product kettle = order.getLines().get(0).getProduct();
        assertThat(kettle.getTags()).containsExactlyInAnyOrder("electric", "kitchen");
        assertThat(kettle.getSuppliers()).extracting(Supplier::getName).containsExactly("Acme Appliances");
        assertThat(kettle.getImages()).extracting(ProductImage::getAltText).containsExactly("Kettle, front");
        assertThat(kettle.getCategory().getSlug()).isEqualTo("kitchen");
        assertThat(kettle.getDescription()).isEqualTo("1.7 l, 2200 W.\nBoils in three minutes.");

        Payment payment = em.createQuery("select p from Payment p where p.order = :order", Payment.class)
                .setParameter("order", order).getSingleResult();
        assertThat(payment).isInstanceOfSatisfying(CardPayment.class,
                card -> assertThat(card.getLastFourDigits()).isEqualTo("4242"));
        assertThat(payment.getStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(payment.getAmount()).isEqualByComparingTo("54.90");

        ShopUser login = em.find(ShopUser.class, placed.userId());
        assertThat(login.getUsername()).isEqualTo("ada");
        assertThat(login.getCustomer().getId()).isEqualTo(order.getCustomer().getId());
        assertThat(em.createQuery("select r from Review r", Review.class).getSingleResult().getId()).isNotNull();
        AuditEvent event = em.createQuery("select e from AuditEvent e", AuditEvent.class).getSingleResult();
        assertThat(event).isInstanceOfSatisfying(OrderStatusChange.class,
                change -> assertThat(change.getOrderId()).isEqualTo(order.getId()));
        assertThat(event.getOccurredAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
    }

    @Test
    void persistenceXmlListsEveryMappedClassOfTheModel() throws Exception {
        List<String> mapped = mappedClassesInPackage();
        assertThat(classesListedInPersistenceXml()).containsExactlyInAnyOrderElementsOf(mapped);
        assertThat(ShopModel.MAPPED_CLASSES).extracting(Class::getName).containsExactlyInAnyOrderElementsOf(mapped);
    }

    private static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        try (EntityManager em = factory.createEntityManager()) {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        }
    }

    /** Every class of the compiled package annotated {@code @Entity} or {@code @Embeddable}. */
    private static List<String> mappedClassesInPackage() throws IOException, URISyntaxException,
            ClassNotFoundException {
        Path root = Path.of(Customer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> mapped = new ArrayList<>();
        try (Stream<Path> files = Files.list(root.resolve(PACKAGE.replace('.', '/')))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String simpleName = file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(PACKAGE + "." + simpleName);
                if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)) {
                    mapped.add(type.getName());
                }
            }
        }
        assertThat(mapped).as("mapped classes found in " + root).hasSizeGreaterThanOrEqualTo(12);
        return mapped;
    }

    private static List<String> classesListedInPersistenceXml() throws Exception {
        try (InputStream xml = ShopPersistenceUnitTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
            assertThat(xml).as("META-INF/persistence.xml on the classpath").isNotNull();
            DocumentBuilderFactory parsers = DocumentBuilderFactory.newInstance();
            parsers.setNamespaceAware(true);
            Element unit = (Element) parsers.newDocumentBuilder().parse(xml)
                    .getElementsByTagNameNS("*", "persistence-unit").item(0);
            assertThat(unit.getAttribute("name")).isEqualTo("shop");
            assertThat(unit.getAttribute("transaction-type")).isEqualTo("RESOURCE_LOCAL");
            NodeList classes = unit.getElementsByTagNameNS("*", "class");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < classes.getLength(); i++) {
                names.add(classes.item(i).getTextContent().trim());
            }
            return names;
        }
    }
}
