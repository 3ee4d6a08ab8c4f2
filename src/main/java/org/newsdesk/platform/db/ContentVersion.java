package org.newsdesk.platform.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The version of all published content, as this instance knows it. PostgreSQL bumps the version in
 * the same transaction as every content change and notifies on channel {@code newsdesk_content}; a
 * listener thread per instance follows it, so every instance drops cached answers once a change
 * commits. While the listener is not connected the version is unknown and nothing may be cached.
 */
@ApplicationScoped
public class ContentVersion {

    public static final long UNKNOWN = -1;
    private static final Logger LOG = Logger.getLogger(ContentVersion.class);
    private static final String CHANNEL = "newsdesk_content";
    private static final int POLL_MILLIS = 5_000;
    private static final int RETRY_MILLIS = 1_000;

    private final AgroalDataSource dataSource;
    private volatile long version = UNKNOWN;
    private volatile boolean listening;
    private volatile boolean running = true;
    private Thread listener;

    public ContentVersion(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start(@Observes StartupEvent event) {
        listener = new Thread(this::listen, "content-version-listener");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * Ends the listener before the pool closes, so that the pool never finds its connection still lent
     * (and warns): a notification wakes it from its wait, and it returns the connection as it leaves.
     */
    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        listening = false;
        if (listener == null || !listener.isAlive()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_notify('" + CHANNEL + "', version::text) FROM content_version");
        } catch (SQLException e) {
            LOG.debugf(e, "Could not wake the content change listener");
        }
        listener.join(RETRY_MILLIS);
    }

    /** The current version, or {@link #UNKNOWN} while changes cannot be followed. */
    public long current() {
        return listening ? version : UNKNOWN;
    }

    /**
     * Reads the version from the database now: after a write's commit (see {@link #changed}), so that this
     * instance never answers from the cache with what it just changed.
     */
    public void catchUp() {
        try (Connection connection = dataSource.getConnection()) {
            advance(read(connection));
        } catch (SQLException e) {
            LOG.warnf("Could not read the content version: %s", e.getMessage());
            version = UNKNOWN;
        }
    }

    /**
     * Once a transaction that changed the content has committed, this instance reads the new version at
     * once: its answer and its next reads agree, without waiting for the notification.
     */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        catchUp();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                // Listening first, then reading: no change can slip between the two.
                advance(read(connection));
                listening = true;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null || notifications.length == 0) {
                        // Quiet period: confirm the connection still works, which getNotifications does not.
                        advance(read(connection));
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        advance(Long.parseLong(notification.getParameter()));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warnf("Content change listener lost its connection (%s); cached answers are off until it is back",
                            e.getMessage());
                    pause();
                }
            }
        }
    }

    private synchronized void advance(long seen) {
        if (seen > version) {
            version = seen;
        }
    }

    private static long read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version FROM content_version")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
