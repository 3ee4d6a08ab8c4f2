package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics are on the management port only, and no traffic grows the number of metric series:
 * nonsense methods and paths no route serves each collapse into one label value.
 */
@QuarkusTest
class BoundedMetricsIT {

    private static final int REQUESTS_PER_KIND = 1000;

    // Relative to the management root path, /q.
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void operationsEndpointsAreOnTheManagementPortOnly() {
        given().get(readiness).then().statusCode(200).body("status", is("UP"));
        given().get(metrics).then().statusCode(200);
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics")) {
            given().get(path).then().statusCode(404);
        }
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void thousandsOfDistinctMethodsAndPathsAddNoSeries() throws IOException {
        sendOddRequests(0, 1);
        List<String> before = series();
        sendOddRequests(1, REQUESTS_PER_KIND);
        List<String> after = series();

        assertEquals(httpServerSeries(before), httpServerSeries(after), () -> "new http_server_requests series: "
                + after.stream().filter(line -> !before.contains(line)).limit(20).toList());
        assertEquals(before.size(), after.size(), () -> "new series: "
                + after.stream().filter(line -> !before.contains(line)).limit(20).toList());
        assertThat(after, hasItem(containsString("method=\"OTHER\"")));
        assertThat(after.stream().filter(line -> line.contains("odd")).toList(), is(List.of()));
        assertThat(after, not(hasItem(containsString("method=\"ODD"))));
    }

    /** Requests number from to from + count - 1 of each kind, every one with its own method or path. */
    private static void sendOddRequests(int from, int count) throws IOException {
        int port = RestAssured.port;
        for (int i = from; i < from + count; i++) {
            String id = Integer.toString(i, 36).toUpperCase();
            expect(RawHttp.send(port, "ODD" + id + " /api/v1/news HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
            expect(RawHttp.send(port, "ODD" + id + " /odd-" + id + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
            expect(RawHttp.get(port, "/odd-" + id), 404);
            expect(RawHttp.get(port, "/api/odd-" + id + "/../v1/news"), 400);
        }
    }

    private static void expect(RawHttp.Answer answer) {
        assertThat(answer.head(), answer.status() >= 400 && answer.status() < 500, is(true));
    }

    private static void expect(RawHttp.Answer answer, int status) {
        assertThat(answer.head(), answer.status(), is(status));
    }

    /**
     * Every sample line of the scrape, value cut off: one per series. GC pauses are left out: their series
     * appear with the collector's first pause of each kind, whenever that comes.
     */
    private List<String> series() {
        return given().get(metrics).then().statusCode(200).extract().asString().lines()
                .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.startsWith("jvm_gc_pause"))
                .map(line -> line.substring(0, line.lastIndexOf(' ')))
                .toList();
    }

    private static long httpServerSeries(List<String> series) {
        return series.stream().filter(line -> line.startsWith("http_server_requests")).count();
    }
}
