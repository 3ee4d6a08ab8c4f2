import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the development and test databases when they are missing, so that a fresh machine needs no
 * manual step. Run by Maven in the initialize phase (see pom.xml); reads the same DB_* variables as the
 * service. An unreachable server is only reported: the build goes on, as it must for a Docker image build.
 */
public class EnsureDatabases {

    public static void main(String[] names) throws SQLException {
        String host = env("DB_HOST", "localhost");
        String port = env("DB_PORT", "5432");
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER", "postgres"), env("DB_PASSWORD", ""))) {
            for (String name : names) {
                if (!exists(connection, name)) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
                    }
                    System.out.println("[newsdesk] created database " + name + " on " + host + ":" + port);
                }
            }
        } catch (SQLException e) {
            System.out.println("[newsdesk] could not check databases on " + host + ":" + port + ": " + e.getMessage());
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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
