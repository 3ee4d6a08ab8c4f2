package org.newsdesk.platform.db.faults;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.newsdesk.platform.db.LocalDatabase;
import org.newsdesk.platform.http.Management;

/**
 * A test profile whose datasource goes through a {@link FaultyProxy} in front of the tests' database,
 * with short limits so that every fault resolves within seconds, and no response cache, so that
 * every request reaches the database. Boots with the proxy forwarding (Flyway needs the database).
 */
public class ProxiedDatabase implements QuarkusTestProfile {

    static final int PROXY_PORT = 15432;
    /** The limits of this profile, which the tests hold the answers' times against. */
    static final long ACQUISITION_MILLIS = 2_000;
    static final long SOCKET_TIMEOUT_MILLIS = 2_000;
    static final long STATEMENT_TIMEOUT_MILLIS = 1_000;
    static final int POOL_MAX = 4;
    static final String RETRY_AFTER = "7";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", FaultyProxyResource.throughProxy(upstream(), PROXY_PORT),
                "quarkus.datasource.jdbc.max-size", String.valueOf(POOL_MAX),
                "quarkus.datasource.jdbc.acquisition-timeout", ACQUISITION_MILLIS + "ms",
                "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", String.valueOf(SOCKET_TIMEOUT_MILLIS / 1000),
                "quarkus.datasource.jdbc.additional-jdbc-properties.options",
                "-c statement_timeout=" + STATEMENT_TIMEOUT_MILLIS + "ms",
                "newsdesk.database.retry-after", RETRY_AFTER,
                "newsdesk.http.response-cache-enabled", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FaultyProxyResource.class,
                Map.of("port", String.valueOf(PROXY_PORT), "upstream", upstream())));
    }

    /** Puts the database back and waits (up to 10 s) until the service is ready again: each test starts whole. */
    static void restore(FaultyProxy proxy) throws InterruptedException {
        proxy.restore();
        long deadline = System.currentTimeMillis() + 10_000;
        while (given().get(Management.url("/q/health/ready")).statusCode() != 200
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        given().get(Management.url("/q/health/ready")).then().statusCode(200);
    }

    /** The tests' database (TEST_DB_URL, or the embedded one of this test run). */
    private static String upstream() {
        return LocalDatabase.testDatabaseUrl();
    }
}
