package org.newsdesk.platform.db.faults;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.fail;
import static org.newsdesk.platform.db.faults.ProxiedDatabase.ACQUISITION_MILLIS;
import static org.newsdesk.platform.db.faults.ProxiedDatabase.RETRY_AFTER;
import static org.newsdesk.platform.db.faults.ProxiedDatabase.SOCKET_TIMEOUT_MILLIS;
import static org.newsdesk.platform.db.faults.ProxiedDatabase.STATEMENT_TIMEOUT_MILLIS;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.platform.db.ContentVersion;
import org.newsdesk.platform.http.Management;

/**
 * The database failing under the service, through {@link FaultyProxy}: every fault is a 503 with
 * Retry-After within the profile's limits, never a hang nor a 500, and the service serves again by
 * itself once the database is back.
 */
@QuarkusTest
@TestProfile(ProxiedDatabase.class)
class DatabaseFaultsIT {

    /** Scheduling and HTTP on a shared 2-core machine: what an answer may take beyond its limit. */
    private static final long MARGIN_MILLIS = 1_500;
    private static final long RECOVERY_MILLIS = 5_000;

    FaultyProxy proxy;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ContentVersion contentVersion;

    @TestHTTPResource("/api/v1/news")
    URI news;

    @AfterEach
    void databaseBack() throws InterruptedException {
        ProxiedDatabase.restore(proxy);
    }

    @Test
    void unreachableDatabaseIsA503WithRetryAfterWithinTheAcquisitionTimeoutEvenUnderLoad() throws Exception {
        given().get("/api/v1/news").then().statusCode(200);
        proxy.cut();

        long started = System.nanoTime();
        unavailable(given().get("/api/v1/news").then());
        long single = millisSince(started);
        assertThat(single, lessThan(ACQUISITION_MILLIS + MARGIN_MILLIS));

        // Sixteen at once: each waits for a connection on its own, none longer than the timeout.
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<Long>> answers = new ArrayList<>();
        long burst = System.nanoTime();
        for (int i = 0; i < 16; i++) {
            answers.add(client.sendAsync(HttpRequest.newBuilder(news).build(), HttpResponse.BodyHandlers.discarding())
                    .thenApply(response -> {
                        assertThat(response.statusCode(), is(503));
                        assertThat(response.headers().firstValue("Retry-After").orElse(null), is(RETRY_AFTER));
                        return millisSince(burst);
                    }));
        }
        List<Long> times = answers.stream().map(CompletableFuture::join).toList();
        assertThat(times, everyItem(lessThan(ACQUISITION_MILLIS + MARGIN_MILLIS)));
        System.out.printf("Outage: one request 503 in %d ms; 16 concurrent 503 in %s ms%n", single, times);
    }

    @Test
    void readinessIsDownWhileTheDatabaseIsUnreachableAndUpWhenItIsBack() {
        given().get(Management.url("/q/health/ready")).then().statusCode(200).body("status", is("UP"));
        proxy.cut();

        long started = System.nanoTime();
        given().get(Management.url("/q/health/ready")).then().statusCode(503)
                .body("status", is("DOWN"))
                .body("checks.find { it.name.contains('Database connections') }.status", is("DOWN"));
        assertThat(millisSince(started), lessThan(ACQUISITION_MILLIS + MARGIN_MILLIS));

        proxy.restore();
        long recovery = pollUntil200(Management.url("/q/health/ready"));
        System.out.printf("Readiness DOWN in %d ms; UP %d ms after the database came back%n", millisSince(started), recovery);
    }

    @Test
    void servesAgainWithinFiveSecondsOfTheDatabaseComingBack() throws InterruptedException {
        proxy.cut();
        unavailable(given().get("/api/v1/news").then());
        Thread.sleep(1_000);
        // Its LISTEN connection is gone: the response cache must not be trusted meanwhile.
        assertThat(contentVersion.current(), is(ContentVersion.UNKNOWN));

        proxy.restore();
        long recovery = pollUntil200("/api/v1/news");
        long started = System.nanoTime();
        while (contentVersion.current() == ContentVersion.UNKNOWN && millisSince(started) < RECOVERY_MILLIS) {
            Thread.sleep(50);
        }
        assertThat(contentVersion.current(), greaterThanOrEqualTo(0L));
        System.out.printf("Outage over: first 200 after %d ms, listening again %d ms later%n", recovery,
                millisSince(started));
    }

    @Test
    void databaseSlowerThanTheSocketTimeoutIsA503NotAHang() {
        given().get("/api/v1/news").then().statusCode(200);
        proxy.slow(SOCKET_TIMEOUT_MILLIS + 1_000);

        long started = System.nanoTime();
        unavailable(given().get("/api/v1/news").then());
        long elapsed = millisSince(started);
        assertThat(elapsed, lessThan(SOCKET_TIMEOUT_MILLIS + ACQUISITION_MILLIS + MARGIN_MILLIS));

        proxy.restore();
        long recovery = pollUntil200("/api/v1/news");
        System.out.printf("Slow link: 503 in %d ms; first 200 %d ms after it was fast again%n", elapsed, recovery);
    }

    @Test
    void connectionsResetUnderTheServiceAreReplaced() {
        given().get("/api/v1/news").then().statusCode(200);
        proxy.reset();

        // A request may meet a connection that is gone (503); the pool drops it and the next serve.
        Set<Integer> statuses = new HashSet<>();
        long started = System.nanoTime();
        int status;
        do {
            status = given().get("/api/v1/news").statusCode();
            statuses.add(status);
        } while (status != 200 && millisSince(started) < RECOVERY_MILLIS);
        assertThat(status, is(200));
        assertThat(statuses, everyItem(is(oneOf(200, 503))));
        System.out.printf("Reset: statuses %s, first 200 after %d ms%n", statuses, millisSince(started));
    }

    @Test
    void statementOverTheStatementTimeoutIsA503() throws SQLException {
        try (Connection locker = dataSource.getConnection(); Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("LOCK TABLE news_item IN ACCESS EXCLUSIVE MODE");

            long started = System.nanoTime();
            unavailable(given().get("/api/v1/news").then());
            long elapsed = millisSince(started);
            assertThat(elapsed, greaterThanOrEqualTo(STATEMENT_TIMEOUT_MILLIS));
            assertThat(elapsed, lessThan(STATEMENT_TIMEOUT_MILLIS + MARGIN_MILLIS));
            locker.rollback();
            System.out.printf("Statement timeout: 503 in %d ms%n", elapsed);
        }
        given().get("/api/v1/news").then().statusCode(200);
    }

    @Test
    void fullPoolIsA503AfterTheAcquisitionTimeout() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            // Take every connection there is (the content-version listener holds one of them).
            while (true) {
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException full) {
                    break;
                }
            }
            assertThat(held.size(), greaterThanOrEqualTo(ProxiedDatabase.POOL_MAX - 1));

            long started = System.nanoTime();
            unavailable(given().get("/api/v1/news").then());
            long elapsed = millisSince(started);
            assertThat(elapsed, greaterThanOrEqualTo(ACQUISITION_MILLIS - 100));
            assertThat(elapsed, lessThan(ACQUISITION_MILLIS + MARGIN_MILLIS));
            System.out.printf("Full pool: 503 in %d ms%n", elapsed);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().get("/api/v1/news").then().statusCode(200);
    }

    @Test
    void otherDatabaseErrorsStayA500() {
        given().get("/test-only/broken-query").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .header("Retry-After", nullValue())
                .body("type", is("urn:newsdesk:problem:internal-error"))
                .body("errorId", matchesPattern("[0-9a-f-]{36}"));
    }

    private static void unavailable(ValidatableResponse response) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", RETRY_AFTER)
                .body("type", is("urn:newsdesk:problem:service-unavailable"))
                .body("title", is("Service Unavailable"))
                .body("status", is(503))
                .body("detail", is("The database is unreachable or overloaded just now; retry after "
                        + RETRY_AFTER + " seconds."))
                .body("instance", is("/api/v1/news"))
                .body("errorId", nullValue());
    }

    /** Polls until a 200, which must come within five seconds; returns how long it took. */
    private static long pollUntil200(String path) {
        long started = System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        while (millisSince(started) < RECOVERY_MILLIS) {
            int status = given().get(path).statusCode();
            if (status == 200) {
                return millisSince(started);
            }
            statuses.add(status);
        }
        return fail("no 200 on " + path + " within " + RECOVERY_MILLIS + " ms, got " + statuses);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
