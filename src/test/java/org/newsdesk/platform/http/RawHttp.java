package org.newsdesk.platform.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a request line exactly as given, for URLs that HTTP client libraries refuse to send. */
public final class RawHttp {

    private RawHttp() {
    }

    public record Answer(int status, String head, String body) {
    }

    public static Answer get(int port, String target) throws IOException {
        return get(port, target, "");
    }

    /** With extra header lines, each ending in CRLF. */
    public static Answer get(int port, String target, String headers) throws IOException {
        return send(port, getRequest(target, headers));
    }

    /** The GET that {@link #get} sends, as text: for a request to send as it is or to take apart. */
    public static String getRequest(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Connection: close\r\n\r\n";
    }

    /** A whole request as given (request line, headers, blank line); the server must close the connection after it. */
    public static Answer send(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, response.substring(split + 4));
        }
    }
}
