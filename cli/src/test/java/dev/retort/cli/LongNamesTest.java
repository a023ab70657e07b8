package dev.retort.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.testing.CatalogSnapshot;
import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entities whose names PostgreSQL cuts to 63 bytes (a table of 100 bytes, columns of 64, one of them of 3-byte
 * characters, a sequence and an index): the revision creates what the database will hold, {@code check} agrees
 * after the upgrade, and the downgrade leaves nothing. Two names that become one are one line and exit 3.
 */
@ExtendWith(PostgresExtension.class)
class LongNamesTest {

    private static final String PACKAGE = "dev.retort.e2e.longnames";
    private static final String TABLE =
            "membership_tier_assignment_history_entries_kept_for_the_loyalty_programme_audit_trail_and_reports_v1";
    private static final String CUT_TABLE = TABLE.substring(0, 63);
    private static final String COLUMN = "preferred_contact_channel_for_membership_tier_upgrade_notices_xx";
    private static final String SEQUENCE = "membership_tier_assignment_history_entries_identifier_sequence_generator";
    private static final String INDEX = "idx_membership_tier_assignment_history_entries_by_preferred_contact_channel";

    @TempDir
    static Path compiled;

    private static final Map<String, Path> classes = new HashMap<>();

    @BeforeAll
    static void compileTheModels() {
        for (String variant : List.of("base", "collision", "table-and-sequence")) {
            classes.put(variant, EntityCompiler.compile("longnames", variant, compiled.resolve(variant)));
        }
    }

    @Test
    void aTableOf100BytesAndColumnsOf64ConvergeAfterTheUpgradeAndGoAwayWithTheDowngrade(TestDatabase database,
                                                                                     @TempDir Path dir)
            throws Exception {
        List<String> empty = CatalogSnapshot.of(database);
        TestProject project = TestProject.init(dir, database, classes.get("base"), PACKAGE);

        project.ok("revision", "--autogenerate", "-m", "long names");
        String revision = Files.readString(project.onlyRevision().file());
        assertThat(revision).contains("CREATE TABLE public." + CUT_TABLE + " (",
                COLUMN.substring(0, 63) + " character varying(40)",
                "\"p" + "日".repeat(20) + "\" integer",
                "CREATE SEQUENCE public." + SEQUENCE.substring(0, 63) + " INCREMENT BY 50;",
                "CREATE INDEX " + INDEX.substring(0, 63) + " ON public." + CUT_TABLE + " (" + COLUMN.substring(0, 63),
                "[entity dev.retort.e2e.longnames.Membership]",
                "[id generator of dev.retort.e2e.longnames.Membership.id]")
                .doesNotContain(TABLE, COLUMN, SEQUENCE, INDEX);

        project.ok("upgrade", "head");
        CliResult check = project.run("check");
        assertThat(check.exitCode()).as("%s", check).isEqualTo(ExitCode.OK);
        assertThat(project.autogenerate("nothing left")).isEmpty();
        project.ok("downgrade", "base");
        assertThat(CatalogSnapshot.of(database)).isEqualTo(empty);
    }

    @Test
    void twoTablesThatBecomeOneNameAreOneLineNamingBothAndExit3(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, classes.get("collision"), PACKAGE);

        for (String command : List.of("check", "revision")) {
            CliResult result = command.equals("check") ? project.run("check")
                    : project.run("revision", "--autogenerate", "-m", "collision");
            assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCode.ERROR);
            assertThat(result.errLines()).containsExactly("retort " + command + ": the entities' tables public."
                    + "membership_tier_assignment_history_entries_kept_for_the_loyalty_archive"
                    + " (entity dev.retort.e2e.longnames.MembershipArchive) and public." + TABLE
                    + " (entity dev.retort.e2e.longnames.Membership) both become public." + CUT_TABLE
                    + " in PostgreSQL, which keeps 63 bytes of a name: shorten one with @Table(name = ...)");
        }
        assertThat(project.versions()).isEmptyDirectory();
    }

    @Test
    void anEntityWhoseTableAndSequenceBecomeOneNameIsOneLineNamingBoth(TestDatabase database, @TempDir Path dir) {
        TestProject project = TestProject.init(dir, database, classes.get("table-and-sequence"), PACKAGE);
        String entity = "loyaltyprogrammemembershiptierassignmenthistoryentrykeptforaudits";

        CliResult result = project.run("revision", "--autogenerate", "-m", "collision");

        assertThat(result.exitCode()).as("%s", result).isEqualTo(ExitCode.ERROR);
        assertThat(result.errLines()).containsExactly("retort revision: the entities' table public." + entity
                + " (entity dev.retort.e2e.longnames.LoyaltyProgrammeMembershipTierAssignmentHistoryEntryKeptForAudits)"
                + " and sequence public." + entity + "_seq (id generator of dev.retort.e2e.longnames."
                + "LoyaltyProgrammeMembershipTierAssignmentHistoryEntryKeptForAudits.id) both become public."
                + entity.substring(0, 63) + " in PostgreSQL, which keeps 63 bytes of a name: shorten one with"
                + " @Table(name = ...) or @SequenceGenerator(sequenceName = ...)");
    }
}
