package org.newsdesk.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a request line exactly as given, for URLs that HTTP client libraries refuse to send. */
final class RawHttp {

    private RawHttp() {
    }

    record Answer(int status, String head, String body) {
    }

    static Answer get(int port, String target) throws IOException {
        return get(port, target, "");
    }

    /** With extra header lines, each ending in CRLF, sent byte for byte. */
    static Answer get(int port, String target, String headerLines) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headerLines + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, response.substring(split + 4));
        }
    }
}
