package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packages to scan when none are named: those of the @Entity classes, outermost first, read not loaded. */
class EntityPackagesTest {

    private static Path fixtureClass(String packageName, String simpleName) {
        return Fixtures.testClasses().resolve(packageName.replace('.', '/')).resolve(simpleName + ".class");
    }

    @Test
    void thePackagesOfTheEntitiesInAClassDirectory() throws Exception {
        List<String> packages = EntityPackages.in(List.of(Fixtures.testClasses()));

        assertThat(packages).contains(Fixtures.SHOP, Fixtures.VALIDATED, Fixtures.NAMING)
                .doesNotContain(Fixtures.BASE, "dev.retort.scanner");
    }

    @Test
    void aSubPackageIsCoveredByItsParentSinceScanningIsRecursive(@TempDir Path classes) throws Exception {
        Path parent = Files.createDirectories(classes.resolve("com/example"));
        Path child = Files.createDirectories(classes.resolve("com/example/billing"));
        Files.copy(fixtureClass(Fixtures.VALIDATED, "Member"), parent.resolve("Member.class"));
        Files.copy(fixtureClass(Fixtures.VALIDATED, "Club"), child.resolve("Club.class"));

        assertThat(EntityPackages.in(List.of(classes))).containsExactly("com.example");
    }

    @Test
    void aClassDirectoryWithoutEntitiesOrAMissingOneGivesNone(@TempDir Path empty) throws Exception {
        assertThat(EntityPackages.in(List.of(empty, empty.resolve("absent")))).isEmpty();
    }
}
