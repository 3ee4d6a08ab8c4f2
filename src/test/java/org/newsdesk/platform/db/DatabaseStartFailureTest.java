package org.newsdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** A start that fails for want of a database is logged as one line naming the settings; others as they are. */
class DatabaseStartFailureTest {

    private final DatabaseStartFailure filter = new DatabaseStartFailure();

    @Test
    void anUnreachableDatabaseIsOneLineWithoutStackTrace() {
        LogRecord record = startFailure(new RuntimeException("Failed to start quarkus",
                new IllegalStateException("Unable to obtain connection from database",
                        new SQLException("Connection to localhost:1 refused.", "08001"))));

        assertTrue(filter.isLoggable(record));
        assertTrue(record.getMessage().startsWith("Newsdesk cannot start: no database at "), record.getMessage());
        assertTrue(record.getMessage().contains("(Connection to localhost:1 refused.)"), record.getMessage());
        assertTrue(record.getMessage().endsWith(DatabaseStartFailure.SETTINGS), record.getMessage());
        assertNull(record.getThrown(), "the stack trace is only logged at DEBUG");
    }

    @Test
    void aRefusedLoginAndAMissingDatabaseCountToo() {
        assertEquals("28P01", DatabaseStartFailure.databaseCause(new RuntimeException(
                new SQLException("password authentication failed", "28P01"))).orElseThrow().getSQLState());
        assertEquals("3D000", DatabaseStartFailure.databaseCause(new RuntimeException(
                new SQLException("database \"x\" does not exist", "3D000"))).orElseThrow().getSQLState());
        assertTrue(DatabaseStartFailure.databaseCause(new SQLException("syntax error", "42601")).isEmpty());
    }

    @Test
    void otherFailuresAreLoggedAsQuarkusLogsThem() {
        RuntimeException failure = new RuntimeException("Failed to start quarkus", new IllegalStateException("a bug"));
        LogRecord record = startFailure(failure);

        assertTrue(filter.isLoggable(record));
        assertEquals("Failed to start application", record.getMessage());
        assertSame(failure, record.getThrown());
    }

    @Test
    void theLocationNeverShowsTheUrlsParameters() {
        assertEquals("db.example.org:6432/news",
                DatabaseStartFailure.location("jdbc:postgresql://db.example.org:6432/news?password=secret&user=u"));
        assertNotNull(DatabaseStartFailure.location("not a url"));
    }

    private static LogRecord startFailure(Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, "Failed to start application");
        record.setLoggerName("io.quarkus.runtime.Application");
        record.setThrown(thrown);
        return record;
    }
}
