package org.newsdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;

/** Which database dev mode and the tests get, decided before anything else exists. */
class LocalDatabaseIT {

    private static final String URL = "quarkus.datasource.jdbc.url";
    private static final String USER = "quarkus.datasource.username";
    private final LocalDatabase factory = new LocalDatabase();

    @Test
    void productionNeverGetsAnEmbeddedDatabase() {
        assertTrue(sources(context(List.of("prod"), Map.of())).isEmpty());
    }

    @Test
    void testsWithNothingConfiguredGetAnEmbeddedServerOfTheirOwn() throws SQLException {
        List<ConfigSource> sources = sources(context(List.of("test"), Map.of()));

        assertEquals(1, sources.size());
        String url = sources.get(0).getValue(URL);
        assertTrue(url.matches("jdbc:postgresql://localhost:\\d+/newsdesk_test"), url);
        assertEquals(url, sources(context(List.of("test"), Map.of())).get(0).getValue(URL), "one server per run");
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SHOW server_version")) {
            assertTrue(version.next());
        }
    }

    @Test
    void aConfiguredDatabaseIsUsedAndCreatedIfMissing() throws SQLException {
        String server = sources(context(List.of("test"), Map.of())).get(0).getValue(URL);
        String name = "newsdesk_created_" + UUID.randomUUID().toString().replace("-", "");
        String configured = server.replace("/newsdesk_test", "/" + name) + "?ApplicationName=newsdesk";

        assertTrue(sources(context(List.of("test"), Map.of("TEST_DB_URL", configured, URL, configured, USER, EmbeddedDatabase.USER))).isEmpty());
        assertTrue(exists(server, name));
        drop(server, name);

        assertTrue(sources(context(List.of("dev"), Map.of("DB_NAME", name, URL, configured, USER, EmbeddedDatabase.USER))).isEmpty(),
                "dev mode with DB_NAME set uses it");
        assertTrue(exists(server, name));
        drop(server, name);
        assertFalse(exists(server, name));
    }

    private List<ConfigSource> sources(ConfigSourceContext context) {
        return StreamSupport.stream(factory.getConfigSources(context).spliterator(), false).toList();
    }

    /** Values as the environment (ordinal 300) would give them; the profiles as Quarkus activates them. */
    private static ConfigSourceContext context(List<String> profiles, Map<String, String> values) {
        return new ConfigSourceContext() {
            @Override
            public ConfigValue getValue(String name) {
                return ConfigValue.builder().withName(name).withValue(values.get(name))
                        .withConfigSourceOrdinal(values.containsKey(name) ? 300 : 0).build();
            }

            @Override
            public Iterator<String> iterateNames() {
                return Collections.emptyIterator();
            }

            @Override
            public List<String> getProfiles() {
                return profiles;
            }
        };
    }

    private static boolean exists(String server, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server, EmbeddedDatabase.USER, "");
                Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return found.next();
        }
    }

    private static void drop(String server, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server, EmbeddedDatabase.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE " + name);
        }
    }
}
