package dev.retort.reflect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * The caller's connection as SchemaCrawler gets it: it can read, but {@code close()} does nothing and every
 * call that would end or reshape the caller's transaction fails. SchemaCrawler closes the connections it is
 * handed (and its single-connection source closes the real one when the source is closed), so this is what
 * keeps "never closes, never commits" true whatever SchemaCrawler does.
 */
final class BorrowedConnection implements InvocationHandler {

    private static final Set<String> FORBIDDEN = Set.of("commit", "rollback", "setAutoCommit", "setSavepoint",
            "releaseSavepoint", "setTransactionIsolation", "setReadOnly", "setCatalog", "setSchema", "abort");

    private final Connection connection;

    private BorrowedConnection(Connection connection) {
        this.connection = connection;
    }

    static Connection lend(Connection connection) {
        return (Connection) Proxy.newProxyInstance(BorrowedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new BorrowedConnection(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("close")) {
            return null;
        }
        if (name.equals("isValid")) {
            // SchemaCrawler asks before every table it reads; pgjdbc answers each time with a round trip (an
            // empty query), thousands at 500 tables. The caller handed over a live connection inside a
            // transaction it watches, so a closed check is enough here.
            return !connection.isClosed();
        }
        if (FORBIDDEN.contains(name)) {
            throw new SQLException("the reflector's connection may only read; " + name + " is not allowed");
        }
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
