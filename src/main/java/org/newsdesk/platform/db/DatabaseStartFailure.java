package org.newsdesk.platform.db;

import io.quarkus.logging.LoggingFilter;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.newsdesk.platform.config.StartRefused;
import org.postgresql.Driver;

/**
 * Turns a start that fails for want of a database (unreachable, refused login, no such database) into
 * one line that says which database and which settings to change, instead of Quarkus' stack trace of
 * Flyway's first connection; a start refused for a setting (StartRefused) is its message alone. The stack
 * trace stays at DEBUG (LOG_LEVEL=DEBUG). Any other failure is logged as Quarkus logs it.
 */
@LoggingFilter(name = "database-start-failure")
public final class DatabaseStartFailure implements Filter {

    private static final String STARTER = "io.quarkus.runtime.Application";
    private static final String URL = "quarkus.datasource.jdbc.url";
    static final String SETTINGS = "set DB_URL (or DB_HOST, DB_PORT and DB_NAME) and DB_USER, DB_PASSWORD";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (STARTER.equals(record.getLoggerName()) && record.getThrown() != null) {
            refusal(record.getThrown()).ifPresent(refused -> oneLine(record, refused.getMessage()));
            databaseCause(record.getThrown()).ifPresent(cause -> {
                String url = ConfigProvider.getConfig().getOptionalValue(URL, String.class).orElse("");
                oneLine(record, "Newsdesk cannot start: no database at " + location(url) + " (" + cause.getMessage()
                        + "); " + SETTINGS);
            });
        }
        return true;
    }

    private static void oneLine(LogRecord record, String message) {
        record.setMessage(message);
        record.setParameters(null);
        if (!Logger.getLogger("org.newsdesk").isDebugEnabled()) {
            record.setThrown(null);
        }
    }

    /** A start refused for a setting (StartRefused): its message is the line. */
    static Optional<StartRefused> refusal(Throwable thrown) {
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof StartRefused refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }

    /** The first cause that is a failure to connect (SQLState class 08), to log in (28) or to find the database (3D). */
    static Optional<SQLException> databaseCause(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("28")
                            || sql.getSQLState().startsWith("3D"))) {
                return Optional.of(sql);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** host:port/database of the configured URL, never its parameters (they may hold a password). */
    static String location(String url) {
        Properties parts = Driver.parseURL(url, new Properties());
        if (parts == null) {
            return "(no valid JDBC URL)";
        }
        return parts.getProperty("PGHOST") + ":" + parts.getProperty("PGPORT") + "/" + parts.getProperty("PGDBNAME");
    }
}
