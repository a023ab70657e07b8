package dev.retort.revisions;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(PostgresExtension.class)
class VersionTableTest {

    private static final AppliedBy BY = new AppliedBy("alice", "9.9.9");
    private static final AppliedBy STAMPER = new AppliedBy("bob", "9.9.9");

    private final VersionTable table = VersionTable.standard();

    private static List<String> columns(TestDatabase database) {
        return database.queryColumn("select column_name from information_schema.columns where table_schema = "
                + "'public' and table_name = 'retort_version' order by ordinal_position");
    }

    @Test
    void theTableHasOneRevisionKeyATimestampAndTheAuditColumns(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.ensureExists(connection);
            table.ensureExists(connection);
        }

        assertThat(database.queryColumn("select column_name || ' ' || data_type || ' ' || coalesce("
                + "character_maximum_length::text, '-') || ' ' || is_nullable || ' ' || coalesce(column_default, '-') "
                + "from information_schema.columns where table_schema = 'public' and table_name = 'retort_version' "
                + "order by ordinal_position")).containsExactly(
                "revision character varying 64 NO -",
                "applied_at timestamp with time zone - NO now()",
                "checksum character varying 64 YES -",
                "applied_by_db_user text - YES -",
                "applied_by_os_user text - YES -",
                "duration_ms bigint - YES -",
                "retort_version text - YES -");
        assertThat(database.queryColumn("select pg_get_constraintdef(oid) from pg_constraint "
                + "where conrelid = 'public.retort_version'::regclass")).containsExactly("PRIMARY KEY (revision)");
    }

    @Test
    void nothingIsAppliedBeforeTheTableExistsAndAskingDoesNotCreateIt(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            assertThat(table.applied(connection)).isEmpty();
            assertThat(table.exists(connection)).isFalse();
        }
        assertThat(database.queryColumn("select to_regclass('public.retort_version')")).containsExactly((String) null);
    }

    @Test
    void everyAppliedRevisionIsARowAndUnapplyingRemovesIt(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.ensureExists(connection);
            table.markApplied(connection, "a0", "c0", 1L, BY);
            table.markApplied(connection, "b1", "c1", 1L, BY);
            table.markApplied(connection, "b2", "c2", 1L, BY);
            table.markUnapplied(connection, "b1");

            assertThat(table.applied(connection)).containsExactlyInAnyOrder("a0", "b2");
        }
        assertThat(database.queryColumn("select revision from retort_version order by 1")).containsExactly("a0", "b2");
    }

    @Test
    void recordingTwiceOrUnrecordingWhatIsNotRecordedIsRefused(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.ensureExists(connection);
            table.markApplied(connection, "a0", "c0", 1L, BY);

            assertThatThrownBy(() -> table.markApplied(connection, "a0", "c0", 1L, BY))
                    .isInstanceOf(VersionTableException.class)
                    .hasMessage("revision a0 is already recorded as applied in public.retort_version; another "
                            + "process may have applied it, check with 'retort current'");
            assertThatThrownBy(() -> table.markUnapplied(connection, "zz"))
                    .isInstanceOf(VersionTableException.class)
                    .hasMessage("revision zz is not recorded as applied in public.retort_version; another process "
                            + "may have reverted it, check with 'retort current'");
        }
    }

    @Test
    void stampingReplacesTheRecordedSetKeepingTheAuditOfRowsThatStay(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.ensureExists(connection);
            table.markApplied(connection, "a0", "sum-a0", 42L, BY);
            assertThat(table.stamp(connection, Map.of("a0", "sum-a0", "b1", "sum-b1"), STAMPER))
                    .isEqualTo(new VersionTable.StampResult(List.of("b1"), List.of(), List.of()));
            assertThat(table.stamp(connection, Map.of("a0", "edited-a0", "c2", "sum-c2", "d3", "sum-d3"), STAMPER))
                    .isEqualTo(new VersionTable.StampResult(List.of("c2", "d3"), List.of("b1"), List.of("a0")));

            assertThat(table.read(connection)).extracting(row -> row.id() + " " + row.checksum() + " "
                            + row.durationMillis() + " " + row.osUser() + " " + row.stamped())
                    .containsExactlyInAnyOrder("a0 edited-a0 42 alice false", "c2 sum-c2 null bob true",
                            "d3 sum-d3 null bob true");
            table.stamp(connection, Map.of(), STAMPER);
            assertThat(table.applied(connection)).isEmpty();
        }
    }

    @Test
    void eachRowRecordsWhoAppliedWhatAndHowLong(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.ensureExists(connection);
            Instant before = Instant.now().minusSeconds(5);
            table.markApplied(connection, "a0", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                    1234L, BY);

            AppliedRevision row = table.read(connection).get(0);
            assertThat(row).isEqualTo(new AppliedRevision("a0", row.appliedAt(),
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", database.user(), "alice",
                    1234L, "9.9.9"));
            assertThat(row.appliedAt()).isBetween(before, Instant.now().plusSeconds(5));
            assertThat(row.stamped()).isFalse();
            assertThat(row.fromBeforeAudit()).isFalse();
        }
    }

    @Test
    void aTableFromRetort01IsReadAsItIsAndBroughtToTheCurrentShapeInPlace(TestDatabase database) throws Exception {
        database.execute("create table public.retort_version (revision varchar(64) primary key, "
                        + "applied_at timestamptz not null default now())",
                "insert into public.retort_version (revision) values ('a0'), ('b1')");
        try (Connection connection = database.connect()) {
            assertThat(table.read(connection)).allSatisfy(row -> assertThat(row.fromBeforeAudit()).isTrue())
                    .extracting(AppliedRevision::id).containsExactly("a0", "b1");
            assertThat(columns(database)).hasSize(2);

            table.ensureExists(connection);
            table.ensureExists(connection);
            table.markApplied(connection, "c2", "sum-c2", 5L, BY);

            assertThat(columns(database)).containsExactly("revision", "applied_at", "checksum",
                    "applied_by_db_user", "applied_by_os_user", "duration_ms", "retort_version");
            assertThat(table.read(connection)).extracting(row -> row.id() + " " + row.checksum() + " "
                    + row.fromBeforeAudit()).containsExactlyInAnyOrder("a0 null true", "b1 null true",
                    "c2 sum-c2 false");
        }
    }

    @Test
    void aRolledBackTransactionRecordsNothing(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.ensureExists(connection);
            connection.setAutoCommit(false);
            table.markApplied(connection, "a0", "c0", 1L, BY);
            connection.rollback();

            assertThat(table.applied(connection)).isEmpty();
        }
    }

    @Test
    void aConfiguredNameMayNeedQuotingAndASchemaThatIsCreated(TestDatabase database) throws Exception {
        VersionTable custom = new VersionTable(new VersionTableName("Audit", "Retort \"Version\""));
        try (Connection connection = database.connect()) {
            custom.ensureExists(connection);
            custom.markApplied(connection, "a0", "c0", null, BY);

            assertThat(custom.applied(connection)).containsExactly("a0");
            assertThat(table.exists(connection)).isFalse();
        }
        assertThat(database.queryColumn("select n.nspname || '.' || c.relname from pg_class c "
                + "join pg_namespace n on n.oid = c.relnamespace where c.relname like 'Retort%' and c.relkind = 'r'"))
                .containsExactly("Audit.Retort \"Version\"");
    }

    @Test
    void aQualifiedNameParsesIntoSchemaAndTable() {
        assertThat(VersionTableName.parse("audit.versions")).isEqualTo(new VersionTableName("audit", "versions"));
        assertThat(VersionTableName.parse("versions")).isEqualTo(new VersionTableName("public", "versions"));
        assertThat(VersionTableName.DEFAULT).hasToString("public.retort_version");
    }
}
