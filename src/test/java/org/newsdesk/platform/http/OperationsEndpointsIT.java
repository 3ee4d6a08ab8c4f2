package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.SampleSlugs;

/** Health (with the database) and Prometheus metrics: latency per route template and status, business gauges. */
@QuarkusTest
class OperationsEndpointsIT {

    @Test
    void readinessListsTheDatabaseUpAndLivenessIsUp() {
        given().get(Management.url("/q/health/ready")).then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Database connections health check' }.status", is("UP"));
        given().get(Management.url("/q/health/live")).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void withoutAReplicaThePrimaryServesEverything() {
        given().get(Management.url("/q/health/ready")).then().statusCode(200)
                .body("checks.find { it.name == 'Read replica' }.status", is("UP"))
                .body("checks.find { it.name == 'Read replica' }.data.state", startsWith("none"));
        given().get("/api/v1/news/" + SampleSlugs.PORTUGAL).then().statusCode(200);
        assertThat(given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString(),
                not(containsString("newsdesk_replica_reads_total")));
    }

    @Test
    void requestsAreMeasuredPerRouteTemplateAndStatusWithBuckets() {
        given().get("/api/v1/news/" + SampleSlugs.PORTUGAL).then().statusCode(200);
        given().get("/api/v1/news/no-such-item").then().statusCode(404);
        List<String> lines = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString().lines().toList();
        String route = "uri=\"/api/v1/news/{slug}\"";
        assertSeries(lines, "http_server_requests_seconds_count", "status=\"200\"", route);
        assertSeries(lines, "http_server_requests_seconds_count", "status=\"404\"", route);
        assertSeries(lines, "http_server_requests_seconds_bucket", "status=\"200\"", route, "le=\"10.0\"");
        assertSeries(lines, "http_server_requests_seconds_bucket", "status=\"404\"", route, "le=\"+Inf\"");
        assertThat("no series per raw path", lines.stream().noneMatch(line -> line.contains(SampleSlugs.PORTUGAL)), is(true));
    }

    @Test
    void gaugesCountTheSampleAsThePublicSeesIt() {
        String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        assertEquals(20, gauge(metrics, "newsdesk_published_items"));
        assertEquals(LocalDate.parse("2022-07-05").atStartOfDay(ZoneOffset.UTC).toEpochSecond(),
                gauge(metrics, "newsdesk_last_publication_timestamp_seconds"));
    }

    /** A sample line of this series with all these labels (in any order) and a positive value. */
    private static void assertSeries(List<String> lines, String name, String... labels) {
        boolean found = lines.stream().anyMatch(line -> line.startsWith(name + "{")
                && List.of(labels).stream().allMatch(label -> line.contains(label + ",") || line.contains(label + "}"))
                && Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) > 0);
        assertTrue(found, () -> name + " with " + List.of(labels) + " in " + lines.stream()
                .filter(line -> line.startsWith(name)).toList());
    }

    private static double gauge(String metrics, String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$").matcher(metrics);
        assertThat(name + " is exported", value.find(), is(true));
        return Double.parseDouble(value.group(1));
    }
}
