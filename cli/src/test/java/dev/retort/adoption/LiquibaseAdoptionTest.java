package dev.retort.adoption;

import dev.retort.cli.EntityCompiler;
import dev.retort.cli.TestProject;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.exception.CommandExecutionException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blog whose database a Liquibase XML changelog built ({@code liquibase/master.xml}: five changelogs, several
 * changesets each, seed rows from CSV files), the way generated Spring applications keep theirs: one
 * {@code sequence_generator} starting at 1050 for every entity, hand-picked names (pk_..., ux_..., fk_...), Instants
 * in {@code timestamp} columns, a join table keyed in another order than Hibernate's, ON DELETE CASCADE / SET NULL,
 * the DBA's partial and expression indexes, a later NOT NULL with a default, a column widened to text, DB-only
 * columns, unique keys and comments, and Liquibase's own two tables. The entities ({@code liquibase/entities},
 * mapped with Spring Boot's naming strategy) also require what the database lacks: the comment table and its
 * sequence, a column, a foreign key, a unique key and a longer varchar.
 */
@ExtendWith(PostgresExtension.class)
class LiquibaseAdoptionTest {

    private static final String CHANGELOG = "dev/retort/adoption/liquibase/master.xml";
    private static final String PACKAGE = "dev.retort.adoption.blog";

    @TempDir
    static Path compiled;

    private static Path entities;

    @BeforeAll
    static void compileTheEntities() {
        entities = EntityCompiler.compileFolder("/dev/retort/adoption/liquibase/entities", compiled.resolve("blog"));
    }

    static Adoption.Expectations expected() {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("the missing table", "^CREATE TABLE public\\.post_comment \\(");
        required.put("the missing sequence", "^CREATE SEQUENCE public\\.post_comment_seq\\b");
        required.put("the missing column",
                "^ALTER TABLE public\\.blog ADD COLUMN description character varying\\(1000\\)$");
        required.put("the missing foreign key", "^ALTER TABLE public\\.post ADD CONSTRAINT \\S+ FOREIGN KEY"
                + " \\(blog_id\\) REFERENCES public\\.blog \\(id\\) NOT VALID$");
        required.put("its validation, after the transaction", "^ALTER TABLE public\\.post VALIDATE CONSTRAINT \\S+$");
        required.put("the missing unique key", "^ALTER TABLE public\\.post ADD CONSTRAINT \\S+ UNIQUE \\(slug\\)$");
        required.put("the longer varchar",
                "^ALTER TABLE public\\.post ALTER COLUMN summary TYPE character varying\\(200\\)$");
        return new Adoption.Expectations(required, Set.of("public.post.summary -> character varying(200)"));
    }

    static void update(TestDatabase database) throws CommandExecutionException {
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.URL_ARG, database.url())
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.USERNAME_ARG, database.user())
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.PASSWORD_ARG, database.password())
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                .execute();
    }

    /** The project as the application configures Hibernate: Spring Boot's names, Instants as timestamp. */
    static TestProject project(Path dir, TestDatabase database) {
        TestProject project = TestProject.init(dir, database, entities, PACKAGE);
        project.setProperty("hibernate.physical_naming_strategy",
                "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
        project.setProperty("hibernate.type.preferred_instant_jdbc_type", "TIMESTAMP");
        return project;
    }

    @Test
    void adoptingTheLiquibaseBlogWritesOnlyWhatTheEntitiesRequireAndDowngradesExactly(TestDatabase database,
                                                                                     @TempDir Path dir)
            throws CommandExecutionException {
        update(database);
        try (TestDatabase copy = database.copy()) {
            TestProject project = project(dir, database);
            Adoption adoption = new Adoption("liquibase", project, database);
            Adoption.assertOnlyWhatTheEntitiesRequire(adoption.adopt(), expected());
            adoption.upgradeKeepsTheDataAndChecksClean();
            adoption.downgradeRestoresTheAdoptedDatabase();
            adoption.anotherCopyAdoptsByStamping(copy);
            adoption.historyReplaysIntoAnEmptyDatabase();
        }
    }
}
