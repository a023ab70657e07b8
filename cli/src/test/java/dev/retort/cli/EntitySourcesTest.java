package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code check --format sarif} looks for an entity's source, and which line it points at. */
class EntitySourcesTest {

    private static final String ORDER = """
            package dev.shop;

            @Entity
            public class Order {

                @Id
                private Long id;

                private String note = "";

                @Embeddable
                public static class Line {
                    private int quantity;
                }
            }
            """;

    private static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void anEntityIsAtItsClassAndAFieldAtItsDeclaration(@TempDir Path project) throws IOException {
        Path order = write(project, "src/main/java/dev/shop/Order.java", ORDER);
        EntitySources sources = new EntitySources(project, List.of());

        assertThat(sources.find("entity dev.shop.Order")).contains(new EntitySources.Spot(order, 4));
        assertThat(sources.find("dev.shop.Order.note")).contains(new EntitySources.Spot(order, 9));
        assertThat(sources.find("id generator order_seq of dev.shop.Order.id"))
                .contains(new EntitySources.Spot(order, 7));
        assertThat(sources.find("dev.shop.Order.renamedSince")).as("a field the source no longer has: the class")
                .contains(new EntitySources.Spot(order, 4));
        assertThat(sources.find("entity dev.shop.Order$Line")).as("a nested class, in its outer class's file")
                .contains(new EntitySources.Spot(order, 12));
    }

    @Test
    void theModulesOfTheEntitiesClasspathAreSourceRootsToo(@TempDir Path dir) throws IOException {
        Path project = Files.createDirectories(dir.resolve("migrations"));
        Path maven = write(dir, "app/src/main/java/dev/shop/Order.java", ORDER);
        Path gradle = write(dir, "lib/src/main/java/dev/shop/Customer.java", "class Customer {}\n");
        EntitySources sources = new EntitySources(project,
                List.of(Path.of("../app/target/classes"), dir.resolve("lib/build/classes/java/main")));

        assertThat(sources.find("entity dev.shop.Order")).contains(new EntitySources.Spot(maven, 4));
        assertThat(sources.find("entity dev.shop.Customer")).contains(new EntitySources.Spot(gradle, 1));
    }

    @Test
    void anOriginWithoutASourceIsNowhere(@TempDir Path project) {
        EntitySources sources = new EntitySources(project, List.of(Path.of("classes")));

        assertThat(sources.find("entity dev.shop.Order")).isEmpty();
        assertThat(sources.find("collection dev.shop.Order.lines")).isEmpty();
    }
}
