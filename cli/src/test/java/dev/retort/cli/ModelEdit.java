package dev.retort.cli;

import dev.retort.testing.CatalogSnapshot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.revisions.Revision;
import dev.retort.revisions.Script;
import dev.retort.revisions.SqlStatement;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One edit of a test model (a variant folder of its sources) and the exact statements retort must write for it.
 * Hibernate names foreign keys by a hash; in the expected statements such a name is written {@code <fk>}, and the
 * round trip checks that the upgrade, the downgrade and the catalog all use the same one. The guard before a type
 * change that is not a widening (a {@code DO} block, whose SQL {@code NarrowingGuardTest} pins) is written
 * {@code <guard>}. Each section starts with the {@code SET lock_timeout} of {@code migration.lock_timeout}: the
 * round trip checks it is there, and the expected statements are those after it.
 */
record ModelEdit(String variant, List<String> upgrade, List<String> downgrade) {

    private static final Pattern HASHED_FK = Pattern.compile("\\bfk[0-9a-z]{20,}\\b");

    @Override
    public String toString() {
        return variant;
    }

    /**
     * From a project whose database is at its single head, built from the model's base: points the project at
     * {@code editedClasses}, autogenerates and checks the revision's statements, upgrades, checks that nothing is
     * left to do, downgrades one step back to exactly the catalog it started from, and upgrades again.
     */
    void assertRoundTrip(TestProject project, Path editedClasses) {
        List<String> before = CatalogSnapshot.of(project.database());
        List<String> applied = project.appliedRevisions();
        assertThat(applied).hasSize(1);

        project.useEntities(editedClasses);
        Revision revision = project.autogenerate(variant).orElseThrow(
                () -> new AssertionError(variant + ": autogenerate wrote no revision"));
        assertThat(revision.parents()).containsExactlyElementsOf(applied);
        assertThat(withoutHashes(revision.upgrade())).as("%s upgrade", variant).first().isEqualTo(LOCK_TIMEOUT);
        assertThat(withoutHashes(revision.downgrade())).as("%s downgrade", variant).first().isEqualTo(LOCK_TIMEOUT);
        assertThat(afterLockTimeout(revision.upgrade())).as("%s upgrade", variant).containsExactlyElementsOf(upgrade);
        assertThat(afterLockTimeout(revision.downgrade())).as("%s downgrade", variant)
                .containsExactlyElementsOf(downgrade);
        assertThat(hashedNames(revision.downgrade())).as("%s: the downgrade names the upgrade's foreign keys", variant)
                .isEqualTo(hashedNames(revision.upgrade()));

        assertThat(project.ok("upgrade").out()).contains("upgraded " + revision.id());
        List<String> after = CatalogSnapshot.of(project.database());
        assertThat(after).isNotEqualTo(before);
        for (String foreignKey : hashedNames(revision.upgrade())) {
            assertThat(after).as("the catalog has the revision's foreign key").anyMatch(f -> f.contains(foreignKey));
        }
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(project.autogenerate(variant + " again")).as("%s: second autogenerate", variant).isEmpty();

        assertThat(project.ok("downgrade", "-1").out()).contains("downgraded " + revision.id());
        assertThat(CatalogSnapshot.of(project.database())).as("%s: catalog after downgrade -1", variant).isEqualTo(before);
        assertThat(project.appliedRevisions()).isEqualTo(applied);

        project.ok("upgrade", "head");
        assertThat(CatalogSnapshot.of(project.database())).isEqualTo(after);
    }

    /** The statement a section written with the default {@code migration.lock_timeout} starts with. */
    static final String LOCK_TIMEOUT = "SET lock_timeout = '5s'";

    /** {@link #withoutHashes} of the statements after the section's leading {@code SET lock_timeout}, if it has one. */
    static List<String> afterLockTimeout(Script script) {
        List<String> statements = withoutHashes(script);
        return !statements.isEmpty() && statements.get(0).equals(LOCK_TIMEOUT)
                ? statements.subList(1, statements.size()) : statements;
    }

    static List<String> withoutHashes(Script script) {
        return script.statements().stream().map(SqlStatement::sql)
                .map(sql -> sql.startsWith("DO $retort$") ? "<guard>" : HASHED_FK.matcher(sql).replaceAll("<fk>"))
                .toList();
    }

    private static TreeSet<String> hashedNames(Script script) {
        TreeSet<String> names = new TreeSet<>();
        for (SqlStatement statement : script.statements()) {
            Matcher matcher = HASHED_FK.matcher(statement.sql());
            while (matcher.find()) {
                names.add(matcher.group());
            }
        }
        return names;
    }
}
