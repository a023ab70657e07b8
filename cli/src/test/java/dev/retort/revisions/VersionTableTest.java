package dev.retort.revisions;

import dev.retort.testing.PostgresExtension;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(PostgresExtension.class)
class VersionTableTest {

    private final VersionTable table = VersionTable.standard();

    @Test
    void theTableHasOneRevisionKeyAndATimestamp(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.ensureExists(connection);
            table.ensureExists(connection);
        }

        assertThat(database.queryColumn("select column_name || ' ' || data_type || ' ' || coalesce("
                + "character_maximum_length::text, '-') || ' ' || is_nullable || ' ' || coalesce(column_default, '-') "
                + "from information_schema.columns where table_schema = 'public' and table_name = 'retort_version' "
                + "order by ordinal_position")).containsExactly(
                "revision character varying 64 NO -",
                "applied_at timestamp with time zone - NO now()");
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
            table.markApplied(connection, "a0");
            table.markApplied(connection, "b1");
            table.markApplied(connection, "b2");
            table.markUnapplied(connection, "b1");

            assertThat(table.applied(connection)).containsExactlyInAnyOrder("a0", "b2");
        }
        assertThat(database.queryColumn("select revision from retort_version order by 1")).containsExactly("a0", "b2");
    }

    @Test
    void recordingTwiceOrUnrecordingWhatIsNotRecordedIsRefused(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.ensureExists(connection);
            table.markApplied(connection, "a0");

            assertThatThrownBy(() -> table.markApplied(connection, "a0"))
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
    void stampingReplacesTheRecordedSet(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.stamp(connection, Set.of("a0", "b1"));
            table.stamp(connection, Set.of("a0", "c2", "d3"));

            assertThat(table.applied(connection)).containsExactlyInAnyOrder("a0", "c2", "d3");
            table.stamp(connection, Set.of());
            assertThat(table.applied(connection)).isEmpty();
        }
    }

    @Test
    void aRolledBackTransactionRecordsNothing(TestDatabase database) throws Exception {
        try (Connection connection = database.connect()) {
            table.ensureExists(connection);
            connection.setAutoCommit(false);
            table.markApplied(connection, "a0");
            connection.rollback();

            assertThat(table.applied(connection)).isEmpty();
        }
    }

    @Test
    void aConfiguredNameMayNeedQuotingAndASchemaThatIsCreated(TestDatabase database) throws Exception {
        VersionTable custom = new VersionTable(new VersionTableName("Audit", "Retort \"Version\""));
        try (Connection connection = database.connect()) {
            custom.ensureExists(connection);
            custom.markApplied(connection, "a0");

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
