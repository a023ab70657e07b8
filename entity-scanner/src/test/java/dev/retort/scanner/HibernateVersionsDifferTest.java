package dev.retort.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.retort.schema.Column;
import dev.retort.schema.ObjectPath;
import dev.retort.schema.Provenance;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.QualifiedName;
import dev.retort.schema.SchemaModel;
import dev.retort.schema.Table;
import dev.retort.schema.UniqueConstraint;

/**
 * The scan follows the application's Hibernate, not retort's: the same compiled entities give another schema on
 * another version, exactly where that version's own DDL differs (HibernateVersionsAgreementTest proves each
 * equal to its DDL). The differences of the versions' own create scripts for the fixtures and the sample model
 * (6.6.56, 7.0.10, 7.1.35, 7.2.25, 7.3.13 against 7.4.13), those pinned here first:
 * <ul>
 * <li>a {@code @Version} column is NOT NULL from 7.3 on (nullable on 6.6 to 7.2);</li>
 * <li>a unidirectional {@code @OneToMany} join table's primary key is the element's key alone from 7.4 on (before:
 *     both keys, plus a unique element key);</li>
 * <li>a {@code Set} element collection table has a unique (owner, element) key from 7.4 on (none before);</li>
 * <li>an {@code @OrderColumn} gets {@code check (position>=0)} from 7.3 on;</li>
 * <li>from 7.0 on (JPA 3.2): table and column comments, {@code @Table(check = ...)} constraints, a package-level
 *     generator as the default of {@code @GeneratedValue} (6.6 makes an {@code Invoice_SEQ} instead), a check of
 *     the discriminator's values;</li>
 * <li>from 7.1 on: a single-table subclass's NOT NULL columns as a table check
 *     ({@code check (kind <> 'Car' or (seats is not null))}), and checks written in double parentheses (the same
 *     constraint to PostgreSQL).</li>
 * </ul>
 */
class HibernateVersionsDifferTest {

    private static final Map<String, SchemaModel> SCANNED = new java.util.HashMap<>();
    private static final Map<String, Provenance> ORIGINS = new java.util.HashMap<>();

    @BeforeAll
    static void scanTheShopWithEveryVersion() throws EntityScanException {
        for (HibernateVersions.Version version : HibernateVersions.all()) {
            ScanResult scan = new EntityScanner().scan(
                    EntitySource.ofPackages(version.with(List.of(Fixtures.testClasses())), Fixtures.SHOP), Map.of());
            assertThat(scan.hibernateVersion()).isEqualTo(version.version());
            assertThat(scan.hibernateOrigin()).startsWith("the application's, hibernate-core-" + version.version());
            SCANNED.put(version.version().substring(0, 3), scan.target());
            ORIGINS.put(version.version().substring(0, 3), scan.provenance());
        }
        SCANNED.put("retort's own", Fixtures.scan(Fixtures.SHOP).target());
    }

    /** Origins come from the application's Hibernate too: 6.6 creates id generators another way (HibernateCompat). */
    @Test
    void everyTableColumnAndSequenceHasAnOriginWithEveryVersion() {
        assertThat(HibernateVersions.LINES).allSatisfy(line -> {
            SchemaModel model = SCANNED.get(line);
            Provenance provenance = ORIGINS.get(line);
            List<ObjectPath> paths = new ArrayList<>();
            model.tables().forEach(table -> {
                paths.add(ObjectPath.table(table.name()));
                table.columns().forEach(column -> paths.add(ObjectPath.column(table.name(), column.name())));
            });
            model.sequences().forEach(sequence -> paths.add(ObjectPath.sequence(sequence.name())));
            assertThat(paths).as(line).isNotEmpty().allMatch(path -> provenance.origins().containsKey(path));
            assertThat(model.sequences()).as(line).isNotEmpty().allSatisfy(sequence ->
                    assertThat(provenance.originOf(ObjectPath.sequence(sequence.name()))).as(line)
                            .hasValueSatisfying(origin -> assertThat(origin).startsWith("id generator")));
        });
    }

    @Test
    void aVersionColumnIsNotNullFromHibernate73On() {
        assertThat(List.of("6.6", "7.0", "7.1", "7.2")).allSatisfy(line ->
                assertThat(column(line, "product", "version").nullable()).as(line).isTrue());
        assertThat(List.of("7.3", "7.4", "retort's own")).allSatisfy(line ->
                assertThat(column(line, "product", "version").nullable()).as(line).isFalse());
    }

    @Test
    void aUnidirectionalOneToManyJoinTableIsKeyedByTheElementFromHibernate74On() {
        assertThat(List.of("6.6", "7.0", "7.1", "7.2", "7.3")).allSatisfy(line -> {
            Table joinTable = table(line, "supplier_featured_product");
            assertThat(joinTable.primaryKey()).as(line)
                    .isEqualTo(new PrimaryKey(null, List.of("supplier_id", "featured_id")));
            assertThat(joinTable.uniqueConstraints()).as(line)
                    .containsExactly(new UniqueConstraint(null, List.of("featured_id")));
        });
        assertThat(List.of("7.4", "retort's own")).allSatisfy(line -> {
            Table joinTable = table(line, "supplier_featured_product");
            assertThat(joinTable.primaryKey()).as(line).isEqualTo(new PrimaryKey(null, List.of("featured_id")));
            assertThat(joinTable.uniqueConstraints()).as(line).isEmpty();
        });
    }

    @Test
    void aSetOfValuesIsUniquePerOwnerFromHibernate74On() {
        assertThat(List.of("6.6", "7.0", "7.1", "7.2", "7.3")).allSatisfy(line ->
                assertThat(table(line, "customer_tag").uniqueConstraints()).as(line).isEmpty());
        assertThat(List.of("7.4", "retort's own")).allSatisfy(line ->
                assertThat(table(line, "customer_tag").uniqueConstraints()).as(line)
                        .containsExactly(new UniqueConstraint(null, List.of("customer_id", "tag"))));
    }

    private static Table table(String line, String name) {
        return SCANNED.get(line).table(QualifiedName.of("public", name))
                .orElseThrow(() -> new AssertionError("no table " + name + " scanned with " + line));
    }

    private static Column column(String line, String table, String column) {
        return table(line, table).column(column)
                .orElseThrow(() -> new AssertionError("no column " + table + "." + column + " with " + line));
    }
}
