package dev.retort.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.cli.EntityCompiler;
import dev.retort.cli.TestProject;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shop whose database a Flyway history built ({@code flyway/migrations/V1__...sql} to {@code V4}): a sequence
 * starting at 1050 shared by every entity, hand-picked constraint names, DB-only defaults, a partial and an
 * expression index, a DB-only check, unique key, column and comments, stricter NOT NULLs, wider types (varchar(500),
 * text, bigint), ON DELETE CASCADE / SET NULL, a join table and an {@code @IdClass} key listing their columns in
 * another order than Hibernate's, timestamp columns, Flyway's own table, and rows everywhere. The entities
 * ({@code flyway/entities}) also require what the database lacks: the invoice table and its sequence, a column, a
 * foreign key, a unique key and a longer varchar.
 */
@ExtendWith(PostgresExtension.class)
class FlywayAdoptionTest {

    private static final String MIGRATIONS = "classpath:dev/retort/adoption/flyway/migrations";
    private static final String SAME_NAME = "classpath:dev/retort/adoption/flyway/same-name";
    private static final String PACKAGE = "dev.retort.adoption.store";

    @TempDir
    static Path compiled;

    private static Path entities;

    @BeforeAll
    static void compileTheEntities() {
        entities = EntityCompiler.compileFolder("/dev/retort/adoption/flyway/entities", compiled.resolve("store"));
    }

    static Adoption.Expectations expected() {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("the missing table", "^CREATE TABLE public\\.invoice \\(");
        required.put("the missing sequence", "^CREATE SEQUENCE public\\.invoice_seq\\b");
        required.put("the missing column", "^ALTER TABLE public\\.customer ADD COLUMN phone character varying\\(30\\)$");
        required.put("the missing foreign key",
                "^ALTER TABLE public\\.order_line ADD CONSTRAINT \\S+ FOREIGN KEY \\(product_id\\) REFERENCES"
                        + " public\\.product \\(id\\) NOT VALID$");
        required.put("its validation, after the transaction",
                "^ALTER TABLE public\\.order_line VALIDATE CONSTRAINT \\S+$");
        required.put("the missing unique key", "^ALTER TABLE public\\.product ADD CONSTRAINT \\S+ UNIQUE \\(sku\\)$");
        required.put("the longer varchar",
                "^ALTER TABLE public\\.category ALTER COLUMN name TYPE character varying\\(120\\)$");
        return new Adoption.Expectations(required, Set.of("public.category.name -> character varying(120)"));
    }

    static void migrate(TestDatabase database, String... locations) {
        Flyway.configure().dataSource(database.url(), database.user(), database.password()).locations(locations)
                .load().migrate();
    }

    @Test
    void adoptingTheFlywayShopWritesOnlyWhatTheEntitiesRequireAndDowngradesExactly(TestDatabase database,
                                                                                  @TempDir Path dir) {
        migrate(database, MIGRATIONS);
        try (TestDatabase copy = database.copy()) {
            TestProject project = retortProject(dir, database);
            Adoption adoption = new Adoption("flyway", project, database);
            Adoption.assertOnlyWhatTheEntitiesRequire(adoption.adopt(), expected());
            adoption.upgradeKeepsTheDataAndChecksClean();
            adoption.downgradeRestoresTheAdoptedDatabase();
            adoption.anotherCopyAdoptsByStamping(copy);
            adoption.historyReplaysIntoAnEmptyDatabase();
        }
    }

    /** PostgreSQL allows an index and a foreign key of one name on one table: a foreign key is not a relation. */
    @Test
    void anIndexNamedLikeAForeignKeyOfItsTableIsAdoptedToo(TestDatabase database, @TempDir Path dir) {
        migrate(database, MIGRATIONS, SAME_NAME);
        TestProject project = retortProject(dir, database);
        Adoption adoption = new Adoption("flyway, index named like a foreign key", project, database);
        Adoption.assertOnlyWhatTheEntitiesRequire(adoption.adopt(), expected());
        adoption.upgradeKeepsTheDataAndChecksClean();
        adoption.downgradeRestoresTheAdoptedDatabase();
        adoption.historyReplaysIntoAnEmptyDatabase();
    }

    /** Issue 11: "Widening is not destructive and is not marked so." */
    @Test
    void theLongerVarcharTheEntitiesRequireIsNotMarkedDestructive(TestDatabase database, @TempDir Path dir) {
        migrate(database, MIGRATIONS);
        TestProject project = retortProject(dir, database);
        RevisionStatements statements = new Adoption("flyway, widening", project, database).adopt();
        assertThat(statements.matching("^ALTER TABLE public\\.category ALTER COLUMN name TYPE")).singleElement()
                .matches(s -> !s.destructive(), "not marked destructive");
    }

    /** Moving off Flyway: retort's own format, which the database's Flyway table would otherwise suggest. */
    private static TestProject retortProject(Path dir, TestDatabase database) {
        TestProject project = TestProject.init(dir, database, entities, PACKAGE);
        project.setProperty("script.format", "retort");
        return project;
    }
}
