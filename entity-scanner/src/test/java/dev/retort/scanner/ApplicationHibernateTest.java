package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which Hibernate the entities' classpath carries, and what retort says of a version it cannot scan with. */
class ApplicationHibernateTest {

    @ParameterizedTest
    @ValueSource(strings = {"6.5.3.Final", "6.4.10.Final", "7.5.0.Final", "8.0.0.Beta1", "5.6.15.Final"})
    void anUnsupportedVersionIsOneLineNamingItAndTheSupportedRange(String version, @TempDir Path dir)
            throws Exception {
        Path jar = hibernateCoreJar(dir, "hibernate-core-" + version + ".jar", version);
        EntitySource source = EntitySource.ofPackages(List.of(jar, Fixtures.testClasses()), Fixtures.SHOP);

        assertThatThrownBy(() -> new EntityScanner().scan(source, Map.of()))
                .isInstanceOf(EntityScanException.class)
                .hasMessage("the entities' classpath has Hibernate " + version + " (" + jar + "), which retort cannot "
                        + "scan with: it supports Hibernate 6.6 and 7.0 to 7.4; run the application on one of those, "
                        + "or take hibernate-core off the entities' classpath to scan with retort's own Hibernate "
                        + org.hibernate.Version.getVersionString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.6.0.Final", "6.6.56.Final", "7.0.0.Final", "7.4.13.Final", "7.4.99-SNAPSHOT"})
    void theSupportedLinesAre66And70To74(String version) {
        assertThat(new ApplicationHibernate(Path.of("hibernate-core.jar"), version).supported()).isTrue();
    }

    @Test
    void theVersionIsTheManifestsAndAJarThatIsNotHibernateIsNone(@TempDir Path dir) throws Exception {
        Path renamed = hibernateCoreJar(dir, "hibernate-core.jar", "7.1.35.Final");
        Path impostor = dir.resolve("other/hibernate-core-9.9.jar");
        Files.createDirectories(impostor.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(impostor))) {
            out.putNextEntry(new JarEntry("README"));
        }

        assertThat(ApplicationHibernate.find(List.of(impostor, renamed, Fixtures.testClasses())))
                .contains(new ApplicationHibernate(renamed, "7.1.35.Final"));
        assertThat(ApplicationHibernate.find(List.of(impostor, Fixtures.testClasses()))).isEmpty();
    }

    @Test
    void twoHibernateCoreJarsAreOneLineNamingBoth(@TempDir Path dir) throws Exception {
        Path first = hibernateCoreJar(dir, "hibernate-core-6.6.56.Final.jar", "6.6.56.Final");
        Path second = hibernateCoreJar(dir, "hibernate-core-7.4.13.Final.jar", "7.4.13.Final");

        assertThatThrownBy(() -> ApplicationHibernate.find(List.of(first, second)))
                .hasMessage("the entities' classpath has 2 hibernate-core jars (" + first + ", " + second
                        + "): keep the one the application runs with");
    }

    /** A jar that looks like hibernate-core to the detection: the marker class and a manifest version. */
    private static Path hibernateCoreJar(Path dir, String name, String version) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("org/hibernate/boot/MetadataSources.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        }
        return jar;
    }
}
