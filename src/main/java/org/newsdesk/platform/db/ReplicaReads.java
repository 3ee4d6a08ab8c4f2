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
import java.util.function.Supplier;
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
 * <p>Repositories take their {@link EntityManager} from {@link #entityManager()}: during a routed
 * render that is a read-only session on a replica connection, else the primary's.
 */
@Startup // its counters are exported from the start
@ApplicationScoped
public class ReplicaReads {

    /** What became of a public read while a replica is set, as counted in newsdesk_replica_reads_total. */
    public enum Outcome {
        /** The replica served it. */
        SERVED,
        /** The replica had not replayed the latest change: the primary served it. */
        LAGGING,
        /** The replica could not be reached (or failed lately): the primary served it. */
        UNAVAILABLE,
        /** The read failed on the replica (say, cancelled by a conflict with recovery) and was made again on the primary. */
        FAILED,
        /** This instance does not know the current content version (listener reconnecting): the primary served it. */
        VERSION_UNKNOWN
    }

    private static final Logger LOG = Logger.getLogger(ReplicaReads.class);
    private static final ThreadLocal<Session> ROUTED = new ThreadLocal<>();

    private final EntityManager primary;
    private final SessionFactory sessions;
    private final AgroalDataSource replica;
    private final ContentVersion contentVersion;
    private final long retryNanos;
    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
    /** System.nanoTime() from which the replica may be tried again after a failure. */
    private volatile long retryAt = System.nanoTime();

    public ReplicaReads(EntityManager primary, SessionFactory sessions,
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

    /** The entity manager of the read in progress on this thread: the replica's when routed there. */
    public EntityManager entityManager() {
        Session routed = ROUTED.get();
        return routed != null ? routed : primary;
    }

    /** Runs a public read (it must only read) on the replica when it is fit to serve it, else on the primary. */
    public <T> T read(Supplier<T> read) {
        if (replica == null || ROUTED.get() != null) {
            return read.get();
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
            LOG.warnf("A read failed on the replica and is made on the primary: %s", e.getMessage());
            outcome = Outcome.FAILED;
        } finally {
            close(connection);
        }
        return onPrimary(outcome, read);
    }

    /** The read on a read-only session over this replica connection. */
    private <T> T onReplica(Connection connection, Supplier<T> read) {
        try (Session session = sessions.withOptions().connection(connection).openSession()) {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            ROUTED.set(session);
            return read.get();
        } finally {
            ROUTED.remove();
        }
    }

    private <T> T onPrimary(Outcome why, Supplier<T> read) {
        outcomes.get(why).increment();
        return read.get();
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
