package org.newsdesk.platform.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.platform.problem.LogCapture;

/**
 * A request without a usable Host is the client's mistake: a 400 problem with its request id, on the API,
 * the pages and the feeds alike, and nothing logged as an error. Health probes over HTTP/1.0 still work.
 */
@QuarkusTest
class MissingHostIT {

    private static final Pattern REQUEST_ID = Pattern.compile("(?im)^x-request-id: (\\S+)$");

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @Test
    void http11WithoutHostIsA400Problem() throws IOException {
        for (String path : new String[] {"/api/v1/news", "/", "/feeds/news.rss", "/q/health"}) {
            refused(path, "GET " + path + " HTTP/1.1\r\nConnection: close\r\n\r\n");
        }
    }

    @Test
    void emptyHostIsA400Problem() throws IOException {
        for (String path : new String[] {"/api/v1/news", "/", "/embed/news", "/oembed?url=x"}) {
            refused(path, "GET " + path + " HTTP/1.1\r\nHost:\r\nConnection: close\r\n\r\n");
            refused(path, "GET " + path + " HTTP/1.1\r\nHost:   \r\nConnection: close\r\n\r\n");
        }
    }

    @Test
    void malformedHostIsA400Problem() throws IOException {
        for (String host : new String[] {"evil.example:99999", "evil.example:0", "bad%host", "a..b", "[::1"}) {
            refused("/api/v1/news", "GET /api/v1/news HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
        }
    }

    @Test
    void http10WithoutHostIsA400Problem() throws IOException {
        for (String path : new String[] {"/api/v1/news", "/api/v1/topics", "/", "/news/x", "/feeds/news.json", "/nothing"}) {
            refused(path, "GET " + path + " HTTP/1.0\r\n\r\n");
        }
    }

    @Test
    void healthProbesOverHttp10WithoutHostAreServed() throws IOException {
        assertThat(RawHttp.send(Management.port(), "GET /q/health/live HTTP/1.0\r\n\r\n").status(), is(200));
    }

    private void refused(String path, String request) throws IOException {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, request);
        assertThat(request, answer.status(), is(400));
        assertThat(request, answer.head().toLowerCase(Locale.ROOT), containsString("content-type: application/problem+json"));
        Matcher id = REQUEST_ID.matcher(answer.head());
        assertThat(request + answer.head(), id.find(), is(true));
        JsonPath body = JsonPath.from(answer.body());
        assertThat(body.getInt("status"), is(400));
        assertThat(body.getString("detail"), containsString("Host"));
        assertThat(body.getString("instance"), is(path.replaceAll("\\?.*", "")));
        assertThat(body.getString("requestId"), matchesPattern(Pattern.quote(id.group(1))));
        assertThat(request, logs.records().stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(r -> r.getFormattedMessage()).toList(), empty());
    }
}
