package dev.retort.workflow;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds the locks that make retort's reads wait: PostgreSQL's lock-timeout error names no table, so a
 * session of its own asks {@code pg_locks}, just after the timeout, which tables of this database other sessions
 * hold in ACCESS EXCLUSIVE mode, the mode that blocks a read of the catalog's definitions.
 */
final class LockHolders {

    private LockHolders() {
    }

    /** "public.book (pid 4242)", schema-qualified, several joined by commas; empty when none is held any more. */
    static String exclusiveLocks(Connection connection) throws SQLException {
        List<String> held = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select pg_catalog.format('%I.%I', n.nspname, c.relname), l.pid"
                     + " from pg_catalog.pg_locks l join pg_catalog.pg_class c on c.oid = l.relation"
                     + " join pg_catalog.pg_namespace n on n.oid = c.relnamespace"
                     + " where l.locktype = 'relation' and l.mode = 'AccessExclusiveLock' and l.granted"
                     + " and l.database = (select oid from pg_catalog.pg_database where datname = current_database())"
                     + " and l.pid <> pg_catalog.pg_backend_pid() order by 1, 2 limit 5")) {
            while (rows.next()) {
                held.add(rows.getString(1) + " (pid " + rows.getInt(2) + ")");
            }
        }
        return String.join(", ", held);
    }
}
