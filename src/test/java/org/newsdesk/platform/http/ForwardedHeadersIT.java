package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
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
 * Behind a trusted proxy with no public base URL, links follow the forwarded host: a malformed forwarded value
 * is a 400 problem (never a 500, never in a link), and answers vary on those headers. Each request comes from
 * a client of its own (X-Forwarded-For), as the rate limit is on.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.BehindProxy.class)
class ForwardedHeadersIT {

    private static final Pattern REQUEST_ID = Pattern.compile("(?im)^x-request-id: (\\S+)$");

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @Test
    void malformedForwardedValuesAreA400Problem() throws IOException {
        String[] malformed = {"X-Forwarded-Host: bad host", "X-Forwarded-Host: evil.example:99999",
            "X-Forwarded-Host: evil.example/path", "X-Forwarded-Host: \"evil.example\"", "X-Forwarded-Host: :80",
            "X-Forwarded-Proto: javascript", "X-Forwarded-Port: 70000", "X-Forwarded-Port: http",
            "X-Forwarded-For: 203.0.113.70:99999", "X-Forwarded-For: not-an-address"};
        int client = 0;
        for (String header : malformed) {
            for (String path : new String[] {"/api/v1/news", "/", "/feeds/news.rss", "/oembed?url=x"}) {
                String request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\n"
                        + "X-Forwarded-For: 198.51.100." + client++ + "\r\nConnection: close\r\n\r\n";
                refused(request, path);
            }
        }
    }

    @Test
    void malformedHostIsA400Problem() throws IOException {
        for (String host : new String[] {"bad%host", "evil.example:0", "a..b"}) {
            refused("GET /api/v1/news HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n", "/api/v1/news");
        }
    }

    @Test
    void aWellFormedForwardedHostIsTheLinksHost() {
        given().header("X-Forwarded-For", "203.0.113.80").header("X-Forwarded-Host", "news.example.net")
                .header("X-Forwarded-Proto", "https").get("/api/v1/topics").then().statusCode(200)
                .body(containsString("\"https://news.example.net/api/v1/topics/"));
    }

    @Test
    void answersVaryOnTheForwardedHeadersTheirLinksFollow() {
        given().header("X-Forwarded-For", "203.0.113.81").get("/api/v1/news/archive").then().statusCode(200)
                .header("Vary", is("Authorization, X-Forwarded-Host, X-Forwarded-Proto, X-Forwarded-Port, "
                        + "X-Forwarded-Ssl"));
        // Regions' names follow Accept-Language as well.
        given().header("X-Forwarded-For", "203.0.113.81").get("/api/v1/regions").then().statusCode(200)
                .header("Vary", is("Authorization, X-Forwarded-Host, X-Forwarded-Proto, X-Forwarded-Port, "
                        + "X-Forwarded-Ssl, Accept-Language"));
    }

    private void refused(String request, String path) throws IOException {
        RawHttp.Answer answer = RawHttp.send(RestAssured.port, request);
        assertThat(request + answer.head(), answer.status(), is(400));
        assertThat(request, answer.head().toLowerCase(Locale.ROOT),
                containsString("content-type: application/problem+json"));
        Matcher id = REQUEST_ID.matcher(answer.head());
        assertThat(request + answer.head(), id.find(), is(true));
        JsonPath body = JsonPath.from(answer.body());
        assertThat(body.getInt("status"), is(400));
        assertThat(body.getString("instance"), is(path.replaceAll("\\?.*", "")));
        assertThat(body.getString("requestId"), is(id.group(1)));
        assertThat(request, answer.body(), not(containsString("evil.example")));
        assertThat(request, logs.records().stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(r -> r.getFormattedMessage()).toList(), empty());
    }
}
