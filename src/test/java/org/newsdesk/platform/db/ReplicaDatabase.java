package org.newsdesk.platform.db;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.newsdesk.platform.db.faults.FaultyProxy;
import org.newsdesk.platform.db.faults.FaultyProxyResource;

/**
 * A test profile with a read replica: the PostgreSQL streaming replica of the tests' database that
 * .ci/replica starts (TEST_REPLICA_URL; in CI port 5433 of the same host), reached through a
 * {@link FaultyProxy} so that a test can cut it off. A failed replica is retried after a second.
 */
public class ReplicaDatabase implements QuarkusTestProfile {

    static final int PROXY_PORT = 15433;
    static final long RETRY_MILLIS = 1_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.replica.jdbc.url", FaultyProxyResource.throughProxy(replicaUrl(), PROXY_PORT),
                "newsdesk.database.replica-retry", RETRY_MILLIS + "ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FaultyProxyResource.class,
                Map.of("port", String.valueOf(PROXY_PORT), "upstream", replicaUrl())));
    }

    /** The replica's JDBC URL, straight to it (not through the proxy). */
    static String replicaUrl() {
        String configured = configuredReplicaUrl();
        return configured == null ? "jdbc:postgresql://localhost:5433/newsdesk_test" : configured;
    }

    /** TEST_REPLICA_URL, or null: a replica is only ever one of the tests' configured database. */
    static String configuredReplicaUrl() {
        String url = System.getenv("TEST_REPLICA_URL");
        return url == null || url.isBlank() ? null : url;
    }

    /** The primary's JDBC URL (TEST_DB_URL, or the embedded one of this test run). */
    static String primaryUrl() {
        return LocalDatabase.testDatabaseUrl();
    }
}
