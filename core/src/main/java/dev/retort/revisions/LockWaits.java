package dev.retort.revisions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a statement that gave up on {@code lock_timeout} waited for. PostgreSQL's error names no table, so, once the
 * revision's transaction is rolled back, the same connection asks {@code pg_locks} which other sessions hold locks on
 * the tables the statement names (retort writes them schema-qualified), and what those sessions are doing: the long
 * transaction a reader left open is then named, with its pid, for the user to end or wait for.
 */
final class LockWaits {

    /** PostgreSQL's SQLSTATE for {@code lock_timeout}: lock_not_available. */
    static final String LOCK_NOT_AVAILABLE = "55P03";

    private static final String HOLDERS = """
            select pg_catalog.format('%I.%I', n.nspname, c.relname), n.nspname || '.' || c.relname, l.pid, l.mode,
                   coalesce(a.state, '?'), coalesce(extract(epoch from now() - a.xact_start)::bigint, 0),
                   coalesce(left(regexp_replace(a.query, '\\s+', ' ', 'g'), 80), '')
            from pg_catalog.pg_locks l
            join pg_catalog.pg_class c on c.oid = l.relation
            join pg_catalog.pg_namespace n on n.oid = c.relnamespace
            left join pg_catalog.pg_stat_activity a on a.pid = l.pid
            where l.locktype = 'relation' and l.granted and l.pid <> pg_catalog.pg_backend_pid()
              and l.database = (select oid from pg_catalog.pg_database where datname = current_database())
              and n.nspname not in ('pg_catalog', 'information_schema')
            order by a.xact_start nulls last, 1, 3
            """;

    private LockWaits() {
    }

    /**
     * "it waited for a lock on public.orders, which pid 4242 holds (AccessShareLock; idle in transaction, its
     * transaction open for 12 s; last query: select ...)"; the tables the statement names first, else any table
     * another session holds; a plain sentence when none is held any more.
     */
    static String describe(Connection connection, String sql) {
        List<String> named = new ArrayList<>();
        List<String> others = new ArrayList<>();
        String text = sql.toLowerCase(Locale.ROOT);
        try (PreparedStatement statement = connection.prepareStatement(HOLDERS);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                String holder = table + ", which pid " + rows.getInt(3) + " holds (" + rows.getString(4) + "; "
                        + rows.getString(5) + ", its transaction open for " + rows.getLong(6) + " s; last query: "
                        + rows.getString(7) + ")";
                boolean mentioned = text.contains(table.toLowerCase(Locale.ROOT))
                        || text.contains(rows.getString(2).toLowerCase(Locale.ROOT));
                (mentioned ? named : others).add(holder);
            }
        } catch (SQLException e) {
            return "it waited for a lock another session held (which one could not be read: " + e.getMessage() + ")";
        }
        List<String> holders = named.isEmpty() ? others : named;
        if (holders.isEmpty()) {
            return "it waited for a lock another session held and has released since";
        }
        return "it waited for a lock on " + String.join(", and on ", holders.subList(0, Math.min(2, holders.size())))
                + ": end that session or let it finish, then run again (the wait is bounded by the revision's own"
                + " SET lock_timeout, else by migration.lock_timeout)";
    }
}
