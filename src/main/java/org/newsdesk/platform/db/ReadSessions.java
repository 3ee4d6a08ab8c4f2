package org.newsdesk.platform.db;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;
import org.newsdesk.platform.config.NewsdeskConfig;

/**
 * Sends public reads to the read replica (datasource "replica", DB_REPLICA_URL) when one is set and
 * it has replayed every change this instance knows of; otherwise, and for everything else (writes,
 * editors' reads), the primary serves. The check makes replica lag harmless: an answer rendered from
 * the replica holds at least the content of the version it is cached under, so a notification can
 * never be followed by a stale answer from a replica that has not caught up; and a writer's own
 * instance reads its write back from the primary until the replica has it.
 *
 * <p>The session is explicit: {@link #publicRead} hands the read a {@link ReadSession} (a read-only session on
 * a replica connection, or the primary's), {@link #primary()} is the primary's for everything else, and
 * repositories run every query of a read on the session they are given. Only a failure of the route
 * itself (the replica unreachable, or a query it cancelled in recovery) makes the read again on the primary:
 * any other error is the read's own and is not hidden by a second try.
 */
@Startup // its counters are exported from the start
@ApplicationScoped
public class ReadSessions {

    /** What became of a public read while a replica is set, as counted in newsdesk_replica_reads_total. */
    public enum Outcome {
        /** The replica served it. */
        SERVED,
        /** The replica had not replayed the latest change: the primary served it. */
        LAGGING,
        /** The replica could not be reached (or failed lately): the primary served it. */
        UNAVAILABLE,
        /** The replica cancelled the read (a conflict with recovery) or lost its connection: made again on the primary. */
        FAILED,
        /** This instance does not know the current content version (listener reconnecting): the primary served it. */
        VERSION_UNKNOWN
    }

    private static final Logger LOG = Logger.getLogger(ReadSessions.class);

    private final EntityManager primary;
    private final SessionFactory sessions;
    private final AgroalDataSource replica;
    private final ContentVersion contentVersion;
    private final long retryNanos;
    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
    /** System.nanoTime() from which the replica may be tried again after a failure. */
    private volatile long retryAt = System.nanoTime();

    public ReadSessions(EntityManager primary, SessionFactory sessions,
            @DataSource("replica") InjectableInstance<AgroalDataSource> replica, ContentVersion contentVersion,
            NewsdeskConfig config, MeterRegistry registry) {
        this.primary = primary;
        this.sessions = sessions;
        this.replica = replica.listActive().stream().findFirst().orElse(null);
        this.contentVersion = contentVersion;
        this.retryNanos = config.database().replicaRetry().toNanos();
        if (this.replica != null) {
            for (Outcome outcome : Outcome.values()) {
                outcomes.put(outcome, Counter.builder("newsdesk.replica.reads")
                        .description("Public reads while a read replica is set, by who served them and why")
                        .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                        .register(registry));
            }
        }
    }

    /** Whether a read replica is configured. */
    public boolean configured() {
        return replica != null;
    }

    /** The primary's session: writes, editors' reads and everything that must see the latest commit. */
    public ReadSession primary() {
        return new ReadSession(primary);
    }

    /** Runs a public read (it must only read) on the replica when it is fit to serve it, else on the primary. */
    public <T> T publicRead(Function<ReadSession, T> read) {
        if (replica == null) {
            return read.apply(primary());
        }
        long known = contentVersion.current();
        if (known == ContentVersion.UNKNOWN) {
            return onPrimary(Outcome.VERSION_UNKNOWN, read);
        }
        if (setAside()) {
            return onPrimary(Outcome.UNAVAILABLE, read);
        }
        Connection connection = connection();
        if (connection == null) {
            return onPrimary(Outcome.UNAVAILABLE, read);
        }
        Outcome outcome;
        try {
            Optional<Long> replayed = replayedVersion(connection);
            if (replayed.isEmpty()) {
                outcome = Outcome.UNAVAILABLE;
            } else if (replayed.get() < known) {
                outcome = Outcome.LAGGING;
            } else {
                T result = onReplica(connection, read);
                outcomes.get(Outcome.SERVED).increment();
                return result;
            }
        } catch (PersistenceException e) {
            if (!routeFailed(e)) {
                throw e;
            }
            LOG.warnf("The replica could not complete a read, which is made on the primary: %s", e.getMessage());
            outcome = Outcome.FAILED;
        } finally {
            close(connection);
        }
        return onPrimary(outcome, read);
    }

    /** The read on a read-only session over this replica connection. */
    private <T> T onReplica(Connection connection, Function<ReadSession, T> read) {
        try (Session session = sessions.withOptions().connection(connection).openSession()) {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return read.apply(new ReadSession(session));
        }
    }

    private <T> T onPrimary(Outcome why, Function<ReadSession, T> read) {
        outcomes.get(why).increment();
        return read.apply(primary());
    }

    /**
     * Whether the replica, not the read, failed: a lost connection (SQLState class 08), a query cancelled by a
     * conflict with recovery (40001) or a server shutting down (57P01 to 57P03).
     */
    static boolean routeFailed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                return state.startsWith("08") || state.equals("40001") || state.startsWith("57P0");
            }
        }
        return false;
    }

    private Connection connection() {
        try {
            return replica.getConnection();
        } catch (SQLException e) {
            unavailable(e);
            return null;
        }
    }

    /** The content version the replica has replayed; empty (and the replica set aside a while) if it fails. */
    private Optional<Long> replayedVersion(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version FROM content_version")) {
            result.next();
            return Optional.of(result.getLong(1));
        } catch (SQLException e) {
            unavailable(e);
            return Optional.empty();
        }
    }

    /** The replica's replayed version for the readiness check: empty when it cannot be asked. */
    public Optional<Long> replayedVersion() {
        Connection connection = connection();
        if (connection == null) {
            return Optional.empty();
        }
        try {
            return replayedVersion(connection);
        } finally {
            close(connection);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debugf("Closing a replica connection failed: %s", e.getMessage());
        }
    }

    /** Whether the replica failed lately and is not to be tried again yet. */
    public boolean setAside() {
        return System.nanoTime() - retryAt < 0;
    }

    /** Public reads stay on the primary for a while instead of each waiting for a replica that is down. */
    private void unavailable(SQLException e) {
        retryAt = System.nanoTime() + retryNanos;
        LOG.warnf("The read replica is unavailable (%s); public reads go to the primary", e.getMessage());
    }
}
