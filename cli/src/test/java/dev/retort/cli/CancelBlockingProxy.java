package dev.retort.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy to PostgreSQL that, once {@link #blockNewConnections() told to}, accepts new connections and never
 * answers them. PgJDBC sends a cancel request on a new connection, so through this proxy a cancel never arrives:
 * the server goes on running the statement, as it would behind a firewall that lets no new connection through.
 */
final class CancelBlockingProxy implements AutoCloseable {

    private final ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final int serverPort;
    private final List<Socket> sockets = new ArrayList<>();
    private volatile boolean blocking;

    CancelBlockingProxy(int serverPort) throws IOException {
        this.serverPort = serverPort;
        Thread acceptor = new Thread(this::accept, "proxy acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** From now on, new connections are accepted and left unanswered; open ones go on. */
    void blockNewConnections() {
        blocking = true;
    }

    private void accept() {
        try {
            while (true) {
                Socket client = listener.accept();
                keep(client);
                if (blocking) {
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                keep(server);
                pump(client, server);
                pump(server, client);
            }
        } catch (IOException closed) {
            // the test is over
        }
    }

    private void keep(Socket socket) {
        synchronized (sockets) {
            sockets.add(socket);
        }
    }

    private static void pump(Socket from, Socket to) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "proxy pump");
        pump.setDaemon(true);
        pump.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        synchronized (sockets) {
            sockets.forEach(CancelBlockingProxy::closeQuietly);
        }
    }
}
