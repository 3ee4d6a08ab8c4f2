package org.newsdesk.platform.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;
import org.postgresql.Driver;

/**
 * A database with zero set-up for dev mode and the tests (never production, whose profile it ignores).
 * With no database configured, the datasource points at an embedded PostgreSQL ({@link EmbeddedDatabase});
 * with one configured, the configured database is created on its server if it is missing. Runs while
 * the configuration is built, before the datasource, Flyway or any bean exists.
 */
public class LocalDatabase implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(LocalDatabase.class);
    /** Settings that say where dev mode's database is; with none of them set, it is the embedded one. */
    private static final List<String> DEV_LOCATION = List.of("DB_URL", "DB_HOST", "DB_PORT", "DB_NAME");
    /** The tests' database is configured by this one setting (they never use dev mode's database). */
    private static final List<String> TEST_LOCATION = List.of("TEST_DB_URL");
    private static final String URL = "quarkus.datasource.jdbc.url";
    /** Above application.properties (250), below environment variables (300) and system properties. */
    private static final int ORDINAL = 275;

    /** Who asks for a database: dev mode keeps its data, each test run gets a new server. */
    enum Use { DEV_MODE, TESTS }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        Use use = profiles.contains("test") ? Use.TESTS
                : profiles.contains("dev") ? Use.DEV_MODE : null;
        if (use == null) {
            return List.of();
        }
        List<String> location = use == Use.TESTS ? TEST_LOCATION : DEV_LOCATION;
        if (isSet(context, location) || setOutsideTheProject(context.getValue(URL))) {
            createIfMissing(context.getValue(URL).getValue(), value(context, "quarkus.datasource.username"),
                    value(context, "quarkus.datasource.password"));
            return List.of();
        }
        String url = EmbeddedDatabase.url(use);
        return List.of(new PropertiesConfigSource(Map.of(URL, url, "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", ""), "newsdesk embedded PostgreSQL", ORDINAL));
    }

    /**
     * The tests' database: TEST_DB_URL, or this test run's embedded server (started if need be). For test
     * profiles that put something, such as a faulty proxy, between the service and that database.
     */
    public static String testDatabaseUrl() {
        String configured = System.getenv("TEST_DB_URL");
        return configured == null || configured.isBlank() ? EmbeddedDatabase.url(Use.TESTS) : configured;
    }

    private static boolean isSet(ConfigSourceContext context, List<String> names) {
        return names.stream().map(context::getValue).map(ConfigValue::getValue)
                .anyMatch(value -> value != null && !value.isBlank());
    }

    /** The JDBC URL given as an environment variable or system property (QUARKUS_DATASOURCE_JDBC_URL). */
    private static boolean setOutsideTheProject(ConfigValue url) {
        return url.getValue() != null && url.getSourceOrdinal() > ORDINAL;
    }

    private static String value(ConfigSourceContext context, String name) {
        String value = context.getValue(name).getValue();
        return value == null ? "" : value;
    }

    /**
     * Creates the URL's database on its server if it does not exist (through the server's postgres
     * database). A server that cannot be reached is left to the datasource to report.
     */
    static void createIfMissing(String url, String user, String password) {
        if (url == null) {
            return;
        }
        Properties parsed = Driver.parseURL(url, new Properties());
        String name = parsed == null ? null : parsed.getProperty("PGDBNAME");
        if (name == null || name.isBlank() || name.equals("postgres")) {
            return;
        }
        String server = url.replaceFirst("/" + Pattern.quote(name) + "(?=\\?|$)", "/postgres");
        try (Connection connection = DriverManager.getConnection(server, user, password)) {
            if (!exists(connection, name)) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
                }
                LOG.infof("Created database %s", name);
            }
        } catch (SQLException e) {
            LOG.debugf(e, "Could not check that database %s exists", name);
        }
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }
}
