package org.newsdesk.common.faults;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + PROXY_PORT + "/" + upstream().group(3),
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
        return List.of(new TestResourceEntry(ProxyResource.class));
    }

    /** Host, port and database of the tests' database (TEST_DB_URL, as application.properties reads it). */
    private static Matcher upstream() {
        String url = System.getenv().getOrDefault("TEST_DB_URL", "jdbc:postgresql://localhost:5432/newsdesk_test");
        Matcher matcher = URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("TEST_DB_URL is not a jdbc:postgresql://host[:port]/database URL: " + url);
        }
        return matcher;
    }

    /** Starts the proxy before Quarkus and hands it to the test's {@code FaultyProxy} field. */
    public static class ProxyResource implements QuarkusTestResourceLifecycleManager {

        private FaultyProxy proxy;

        @Override
        public Map<String, String> start() {
            Matcher upstream = upstream();
            try {
                proxy = new FaultyProxy(PROXY_PORT, upstream.group(1),
                        upstream.group(2) == null ? 5432 : Integer.parseInt(upstream.group(2)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of();
        }

        @Override
        public void inject(TestInjector injector) {
            injector.injectIntoFields(proxy, new TestInjector.MatchesType(FaultyProxy.class));
        }

        @Override
        public void stop() {
            try {
                proxy.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
