package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a scan fails ends in one line that names the thing, gives the reason and says what to do. */
class ScanErrorsTest {

    @TempDir
    Path temp;

    private static String failure(EntitySource source) {
        return failure(source, Map.of());
    }

    private static String failure(EntitySource source, Map<String, String> settings) {
        EntityScanException failure = catchThrowableOfType(EntityScanException.class,
                () -> new EntityScanner().scan(source, settings));
        assertThat(failure).as("the scan should have failed").isNotNull();
        assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("\r").doesNotContain("\tat ");
        return failure.getMessage();
    }

    private static Path persistenceXml(String unit) {
        return SourcesAndClassLoadingTest.resource("persistence/" + unit + "/persistence.xml");
    }

    @Test
    void aClasspathEntryThatDoesNotExistIsNamed() {
        Path missing = temp.resolve("target/classes");
        assertThat(failure(EntitySource.ofPackages(List.of(missing), Fixtures.SHOP))).isEqualTo("classpath entry "
                + missing + " does not exist: compile the project first, or fix the path");
    }

    @Test
    void nothingToScanIsAMistake() {
        assertThat(failure(new EntitySource(List.of(Fixtures.testClasses()), List.of(), null, null)))
                .isEqualTo("no entity packages and no persistence.xml given: name the packages that hold the "
                        + "@Entity classes, or a persistence.xml");
    }

    @Test
    void aPackageWithoutEntitiesIsNamed() {
        assertThat(failure(Fixtures.packages(Fixtures.BASE + ".broken.noentities")))
                .isEqualTo("package dev.retort.scanner.fixtures.broken.noentities has no @Entity class under ["
                        + Fixtures.testClasses() + "]: check the package name and that the classes are compiled");
    }

    @Test
    void aPackageThatIsNotOnTheClasspathIsNamed() {
        assertThat(failure(Fixtures.packages("dev.nowhere"))).startsWith("package dev.nowhere has no @Entity class");
    }

    @Test
    void javaxEntitiesAreRecognisedAndTheMigrationIsSuggested() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("legacy"), "javax/persistence/Entity.java",
                "com/acme/legacy/OldEntity.java");
        assertThat(failure(EntitySource.ofPackages(List.of(classes), "com.acme.legacy"))).isEqualTo(
                "package com.acme.legacy has javax.persistence entities only: Hibernate 7 reads jakarta.persistence, "
                        + "migrate the imports to jakarta.persistence");
    }

    @Test
    void anEntityWhoseFieldTypeIsMissingNamesTheEntityAndTheMissingClass() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("crm"), "com/acme/money/Money.java",
                "com/acme/crm/Client.java");
        Files.delete(classes.resolve("com/acme/money/Money.class"));
        assertThat(failure(EntitySource.ofPackages(List.of(classes), "com.acme.crm"))).isEqualTo(
                "class com.acme.crm.Client cannot be loaded: it needs com.acme.money.Money, which is not on the "
                        + "classpath; add the jar or directory that holds it");
    }

    @Test
    void anEntityWhoseListenerNeedsAMissingJarNamesTheListenerAndTheMissingClass() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("audit"), "com/acme/clock/Clock.java",
                "com/acme/audit/listen/StampingListener.java", "com/acme/audit/entity/Ledger.java");
        Files.delete(classes.resolve("com/acme/clock/Clock.class"));
        assertThat(failure(EntitySource.ofPackages(List.of(classes), "com.acme.audit.entity"))).isEqualTo(
                "Hibernate cannot map the entities of com.acme.audit.entity: class com.acme.clock.Clock is not on the "
                        + "classpath; add the jar or directory that holds it");
    }

    @Test
    void anEntityWhoseSuperclassIsMissingNamesTheEntityAndTheMissingClass() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("club"), "com/acme/base/BaseEntity.java",
                "com/acme/club/Member.java");
        Files.delete(classes.resolve("com/acme/base/BaseEntity.class"));
        assertThat(failure(EntitySource.ofPackages(List.of(classes), "com.acme.club"))).isEqualTo(
                "class com.acme.club.Member cannot be loaded: it needs com.acme.base.BaseEntity, which is not on the "
                        + "classpath; add the jar or directory that holds it");
    }

    @Test
    void anEntityCompiledForANewerJavaNamesTheClassItsReleaseAndTheJdkToUse() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("crm"), "com/acme/money/Money.java",
                "com/acme/crm/Client.java");
        int newer = Runtime.version().feature() + 4;
        compiledFor(newer, classes.resolve("com/acme/crm/Client.class"));
        assertThat(failure(EntitySource.ofPackages(List.of(classes), "com.acme.crm"))).isEqualTo(
                "class com.acme.crm.Client is compiled for Java " + newer + " (class file version " + (newer + 44)
                        + "), newer than the Java " + Runtime.version().feature() + " retort runs on ("
                        + System.getProperty("java.home") + "): run retort on a JDK " + newer
                        + " or newer (set JAVA_HOME to it)");
    }

    @Test
    void aSuperclassCompiledForANewerJavaNamesTheEntityTheSuperclassAndTheJdkToUse() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("club"), "com/acme/base/BaseEntity.java",
                "com/acme/club/Member.java");
        int newer = Runtime.version().feature() + 4;
        compiledFor(newer, classes.resolve("com/acme/base/BaseEntity.class"));
        assertThat(failure(EntitySource.ofPackages(List.of(classes), "com.acme.club"))).isEqualTo(
                "class com.acme.club.Member cannot be loaded: it needs com.acme.base.BaseEntity, which is compiled "
                        + "for Java " + newer + " (class file version " + (newer + 44) + "), newer than the Java "
                        + Runtime.version().feature() + " retort runs on (" + System.getProperty("java.home")
                        + "): run retort on a JDK " + newer + " or newer (set JAVA_HOME to it)");
    }

    @Test
    void aListenerDependencyCompiledForANewerJavaNamesTheEntityTheClassAndTheJdkToUse() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("audit"), "com/acme/clock/Clock.java",
                "com/acme/audit/listen/StampingListener.java", "com/acme/audit/entity/Ledger.java");
        int newer = Runtime.version().feature() + 4;
        compiledFor(newer, classes.resolve("com/acme/clock/Clock.class"));
        assertThat(failure(EntitySource.ofPackages(List.of(classes), "com.acme.audit.entity"))).isEqualTo(
                "class com.acme.audit.entity.Ledger cannot be loaded: it needs com.acme.clock.Clock, which is "
                        + "compiled for Java " + newer + " (class file version " + (newer + 44) + "), newer than the Java "
                        + Runtime.version().feature() + " retort runs on (" + System.getProperty("java.home")
                        + "): run retort on a JDK " + newer + " or newer (set JAVA_HOME to it)");
    }

    @Test
    void aPersistenceXmlListingAClassCompiledForANewerJavaNamesTheClassAndTheJdkToUse() throws Exception {
        Path classes = ForeignClasses.compile(temp.resolve("crm"), "com/acme/money/Money.java",
                "com/acme/crm/Client.java");
        int newer = Runtime.version().feature() + 4;
        compiledFor(newer, classes.resolve("com/acme/crm/Client.class"));
        Path xml = Files.writeString(temp.resolve("persistence.xml"), "<persistence xmlns=\"https://jakarta.ee/xml/ns/"
                + "persistence\" version=\"3.2\"><persistence-unit name=\"crm\"><class>com.acme.crm.Client</class>"
                + "</persistence-unit></persistence>");
        assertThat(failure(EntitySource.ofPersistenceXml(List.of(classes), xml, null))).isEqualTo(
                "class com.acme.crm.Client is compiled for Java " + newer + " (class file version " + (newer + 44)
                        + "), newer than the Java " + Runtime.version().feature() + " retort runs on ("
                        + System.getProperty("java.home") + "): run retort on a JDK " + newer
                        + " or newer (set JAVA_HOME to it)");
    }

    /** Marks a class file as compiled for {@code release}, as javac --release would (the header's major version). */
    private static void compiledFor(int release, Path classFile) throws Exception {
        byte[] bytes = Files.readAllBytes(classFile);
        int major = release + 44;
        bytes[6] = (byte) (major >>> 8);
        bytes[7] = (byte) major;
        Files.write(classFile, bytes);
    }

    @Test
    void aMappingHibernateRejectsNamesTheEntityAndHibernatesReason() {
        String message = failure(Fixtures.packages(Fixtures.BASE + ".broken.unknowntarget"));
        assertThat(message).isEqualTo("Hibernate rejects the mapping of entity "
                + "dev.retort.scanner.fixtures.broken.unknowntarget.Dangling: Collection "
                + "'dev.retort.scanner.fixtures.broken.unknowntarget.Dangling.children' is 'mappedBy' a property named "
                + "'nowhere' which does not exist in the target entity "
                + "'dev.retort.scanner.fixtures.broken.unknowntarget.DanglingChild'; fix the mapping and scan again");
    }

    @Test
    void aSettingNamingAClassThatIsNotOnTheClasspathIsNamed() {
        String message = failure(Fixtures.packages(Fixtures.NAMING),
                Map.of("hibernate.physical_naming_strategy", "com.acme.naming.Missing"));
        assertThat(message).isEqualTo("setting hibernate.physical_naming_strategy names class "
                + "com.acme.naming.Missing, which is not on the classpath: add the jar or directory that holds it, or "
                + "fix the setting");
    }

    @Test
    void aMissingPersistenceXmlIsNamed() {
        Path missing = temp.resolve("META-INF/persistence.xml");
        assertThat(failure(EntitySource.ofPersistenceXml(List.of(Fixtures.testClasses()), missing, null)))
                .isEqualTo("persistence.xml " + missing + " does not exist: fix the path");
    }

    @Test
    void anInvalidPersistenceXmlIsNamedWithTheParsersReason() {
        Path xml = persistenceXml("invalid");
        String message = failure(EntitySource.ofPersistenceXml(List.of(Fixtures.testClasses()), xml, null));
        assertThat(message).isEqualTo("persistence.xml " + xml + " cannot be read: ParseError at "
                + "[row,col]:[5,5] Message: The element type \"class\" must be terminated by the matching end-tag "
                + "\"</class>\".; fix the file");
    }

    @Test
    void aPersistenceXmlListingAMissingClassNamesIt() {
        Path xml = persistenceXml("missing-class");
        assertThat(failure(EntitySource.ofPersistenceXml(List.of(Fixtures.testClasses()), xml, null))).isEqualTo(
                "persistence.xml " + xml + " lists class dev.retort.scanner.fixtures.ghost.Ghost, which is not on the "
                        + "classpath: compile it, add its directory or jar, or remove it from the list");
    }

    @Test
    void aPersistenceXmlWithSeveralUnitsNeedsTheUnitsName() {
        Path xml = persistenceXml("units");
        assertThat(failure(EntitySource.ofPersistenceXml(List.of(Fixtures.testClasses()), xml, null))).isEqualTo(
                "persistence.xml " + xml + " declares several persistence units (naming, payments): say which one "
                        + "to use");
    }

    @Test
    void anUnknownUnitNameIsNamedWithTheUnitsThereAre() {
        Path xml = persistenceXml("units");
        assertThat(failure(EntitySource.ofPersistenceXml(List.of(Fixtures.testClasses()), xml, "billing"))).isEqualTo(
                "persistence.xml " + xml + " has no persistence unit named billing (it has naming, payments): pass "
                        + "one of those names");
    }
}
