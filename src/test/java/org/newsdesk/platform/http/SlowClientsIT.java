package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Slow and idle clients are cut off (HTTP_IDLE_TIMEOUT, HTTP_MAX_CONNECTIONS), here with an idle timeout
 * of one second, while normal requests go on being answered.
 */
@QuarkusTest
@TestProfile(SlowClientsIT.ShortTimeouts.class)
class SlowClientsIT {

    static final int MAX_CONNECTIONS = 60;
    static final byte[] HALF_HEAD = "GET /api/v1/news HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nX-Slow: "
            .getBytes(StandardCharsets.US_ASCII);

    public static class ShortTimeouts implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // The documented variables, as an operator sets them.
            return Map.of("HTTP_IDLE_TIMEOUT", "1S", "HTTP_READ_TIMEOUT", "1S",
                    "HTTP_MAX_CONNECTIONS", String.valueOf(MAX_CONNECTIONS));
        }
    }

    @TestHTTPResource("/")
    URL root;

    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    @Test
    void stalledRequestsAreClosedWhileNormalRequestsAreAnswered() throws Exception {
        normalRequest(); // the first request of a run is slow: warm up before timing
        byte[] halfBody = ("PUT /api/v1/news/x HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000\r\n\r\n{\"title\":").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 20; i++) {
            open().getOutputStream().write(HALF_HEAD);
            open().getOutputStream().write(halfBody);
        }
        long silentSince = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            long start = System.nanoTime();
            normalRequest();
            assertTrue(millisSince(start) < 2000, "a normal request took " + millisSince(start) + " ms");
        }
        for (Socket socket : sockets) {
            assertTrue(bytesBeforeClose(socket, 4000 - millisSince(silentSince)) >= 0,
                    "a stalled connection was still open " + millisSince(silentSince) + " ms after its last byte");
        }
    }

    @Test
    void aClientTricklingItsRequestHeadIsClosedWhileNormalRequestsAreAnswered() throws Exception {
        normalRequest();
        List<Socket> tricklers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tricklers.add(open());
        }
        // A byte every 200 ms, far more often than the idle timeout, for up to four seconds: the head
        // never completes, and the server closes the connection all the same.
        long start = System.nanoTime();
        List<Socket> open = new ArrayList<>(tricklers);
        for (int i = 0; !open.isEmpty() && millisSince(start) < 4000; i++) {
            for (Socket trickler : new ArrayList<>(open)) {
                try {
                    trickler.getOutputStream().write(HALF_HEAD[i % HALF_HEAD.length]);
                } catch (SocketException closedByTheServer) {
                    open.remove(trickler);
                }
            }
            normalRequest();
            Thread.sleep(200);
        }
        assertEquals(0, open.size(), open.size() + " of 40 trickling connections were still open after 4 s");
        assertTrue(millisSince(start) > 1000, "closed before the idle timeout: not by it");
    }

    @Test
    void pastTheConnectionCapANewConnectionIsClosedWithoutAnAnswer() throws Exception {
        // An idle connection is closed after a second, which frees its place: the over-the-cap connection must
        // come while those at the cap are fresh, so an attempt that took longer to set up is made again.
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            fillToTheCap();
            Socket overTheCap = open();
            overTheCap.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            boolean fresh = millisSince(started) < 600;
            int answered = bytesBeforeClose(overTheCap, 1500);
            if (fresh || attempt == 5) {
                assertTrue(fresh, "could not reach the cap within 600 ms in 5 attempts");
                assertEquals(0, answered, "a connection over the cap was answered or left open");
                break;
            }
            closeSockets();
            Thread.sleep(1500);
        }
        closeSockets();
        // The freed places serve again.
        long deadline = System.nanoTime() + 3_000_000_000L;
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            status = given().baseUri(root.toString()).get("/api/v1/news?size=1").then().extract().statusCode();
        }
        assertEquals(200, status);
    }

    /** MAX_CONNECTIONS connections, each answered once: a connection counts once its first request head is whole. */
    private void fillToTheCap() throws IOException {
        List<Socket> atTheCap = new ArrayList<>();
        for (int i = 0; i < MAX_CONNECTIONS; i++) {
            Socket socket = open();
            socket.getOutputStream().write("GET /q/health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            atTheCap.add(socket);
        }
        for (Socket socket : atTheCap) {
            socket.setSoTimeout(10_000);
            assertTrue(socket.getInputStream().read() >= 0, "a connection under the cap was not answered");
        }
    }

    private void normalRequest() {
        given().baseUri(root.toString()).get("/api/v1/news?size=1").then().statusCode(200);
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(root.getHost(), root.getPort());
        sockets.add(socket);
        return socket;
    }

    /** The bytes the server sent before it closed the connection within the time, or -1 if it is still open. */
    private static int bytesBeforeClose(Socket socket, long millis) throws IOException {
        int received = 0;
        long deadline = System.nanoTime() + Math.max(1, millis) * 1_000_000L;
        try {
            byte[] buffer = new byte[4096];
            for (long left = Math.max(1, millis); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
                socket.setSoTimeout((int) left);
                int read = socket.getInputStream().read(buffer);
                if (read < 0) {
                    return received;
                }
                received += read;
            }
            return -1;
        } catch (SocketTimeoutException stillOpen) {
            return -1;
        } catch (SocketException reset) {
            return received;
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
