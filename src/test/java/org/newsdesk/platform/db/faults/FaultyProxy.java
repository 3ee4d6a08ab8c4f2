package org.newsdesk.platform.db.faults;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the service and PostgreSQL that tests can break: {@link #cut()} is a network
 * partition, {@link #slow(long)} a congested link, {@link #reset()} a restarted peer. No Docker here,
 * hence no Toxiproxy.
 */
public final class FaultyProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String upstreamHost;
    private final int upstreamPort;
    /** Both ends of every forwarded connection. */
    private final Set<Socket> forwarded = ConcurrentHashMap.newKeySet();
    /** Connections accepted while cut: held open and never answered, as behind a dead route. */
    private final Set<Socket> blackholed = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile long delayMillis;

    public FaultyProxy(int port, String upstreamHost, int upstreamPort) throws IOException {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        daemon("proxy-accept", this::accept);
    }

    /** Closes every connection; new ones are accepted and then never answered. */
    public void cut() {
        cut = true;
        closeAll(forwarded, false);
    }

    /** Delays every chunk forwarded either way by this long. */
    public void slow(long millis) {
        delayMillis = millis;
    }

    /** Aborts every connection with a TCP RST; new ones are forwarded as usual. */
    public void reset() {
        closeAll(forwarded, true);
    }

    /** Back to plain forwarding. */
    public void restore() {
        delayMillis = 0;
        cut = false;
        closeAll(blackholed, false);
    }

    @Override
    public void close() throws IOException {
        server.close();
        closeAll(forwarded, false);
        closeAll(blackholed, false);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    blackholed.add(client);
                    continue;
                }
                Socket upstream = new Socket();
                try {
                    upstream.connect(new InetSocketAddress(upstreamHost, upstreamPort), 2_000);
                } catch (IOException e) {
                    client.close();
                    continue;
                }
                forwarded.add(client);
                forwarded.add(upstream);
                daemon("proxy-up", () -> pipe(client, upstream));
                daemon("proxy-down", () -> pipe(upstream, client));
            } catch (IOException e) {
                // The server socket was closed: the proxy is done.
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                long delay = delayMillis;
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // One side went away (or the test cut it): take the other down with it.
        } finally {
            forwarded.remove(from);
            forwarded.remove(to);
            close(from, false);
            close(to, false);
        }
    }

    private static void closeAll(Set<Socket> sockets, boolean abort) {
        for (Socket socket : sockets) {
            close(socket, abort);
        }
        sockets.clear();
    }

    private static void close(Socket socket, boolean abort) {
        try {
            if (abort && !socket.isClosed()) {
                socket.setSoLinger(true, 0);
            }
            socket.close();
        } catch (IOException e) {
            // Already gone.
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
