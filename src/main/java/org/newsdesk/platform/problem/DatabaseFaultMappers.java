package org.newsdesk.platform.problem;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.newsdesk.platform.config.NewsdeskConfig;

/**
 * A database that is unreachable, restarting, too slow or out of connections is a 503 with
 * Retry-After: the client may retry, and the request never waited longer than the pool's acquisition
 * timeout or the statement timeout. A write that lost a race with another one made at the same time (a unique key
 * taken meanwhile, a deadlock, a serialisation failure) is a 409: nothing was changed, and fetching again and retrying
 * resolves it. Any other database error stays a 500 ({@link ProblemMappers}).
 * These mappers are more specific than ProblemMappers' catch-all, so they are the ones chosen. The pages
 * answer the same with an HTML 503 page (ErrorPages).
 */
public class DatabaseFaultMappers {

    static final String SERVICE_UNAVAILABLE = "urn:newsdesk:problem:service-unavailable";
    private static final Logger LOG = Logger.getLogger(DatabaseFaultMappers.class);
    /** query_canceled (statement timeout), admin/crash shutdown, starting up, too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57014", "57P01", "57P02", "57P03", "53300");
    /** unique_violation, deadlock_detected, serialization_failure. */
    private static final Set<String> CONCURRENT_STATES = Set.of("23505", "40P01", "40001");

    private final ProblemMappers problems;
    private final int retryAfterSeconds;

    public DatabaseFaultMappers(ProblemMappers problems, NewsdeskConfig config) {
        this.problems = problems;
        this.retryAfterSeconds = config.database().retryAfter();
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri, Request request) {
        return map(e, uri, request);
    }

    @ServerExceptionMapper
    public Response sql(SQLException e, UriInfo uri, Request request) {
        return map(e, uri, request);
    }

    private Response map(Exception e, UriInfo uri, Request request) {
        String path = uri.getRequestUri().getRawPath();
        SQLException concurrent = concurrentChange(e);
        if (concurrent != null) {
            LOG.warnf("Concurrent change refused on %s: %s", path, concurrent.getMessage());
            return problems.decided(ProblemException.conflict("Another change made at the same time conflicts "
                    + "with this one, which was not made. Fetch the resource again and retry."), uri);
        }
        Throwable fault = unavailability(e);
        if (fault == null) {
            return problems.unexpected(e, uri, request);
        }
        LOG.warnf("Database unavailable on %s: %s", path, fault);
        Problem problem = new Problem(SERVICE_UNAVAILABLE, "Service Unavailable", 503,
                "The database is unreachable or overloaded just now; retry after " + retryAfterSeconds + " seconds.",
                path, null, null, null);
        return Response.status(503).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }

    /** The exception in the chain that says the database cannot serve now, or null for any other failure. */
    public static Throwable unavailability(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof jakarta.persistence.QueryTimeoutException
                    || t instanceof org.hibernate.QueryTimeoutException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLTimeoutException) {
                return t;
            }
            if (t instanceof SQLException sql && (unavailableState(sql.getSQLState()) || fromPool(sql))) {
                return t;
            }
        }
        return null;
    }

    private static SQLException concurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && CONCURRENT_STATES.contains(state)) {
                return (SQLException) t;
            }
        }
        return null;
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state));
    }

    /** Agroal's own failures to lend a connection (acquisition timeout, pool closed) carry no SQLState. */
    private static boolean fromPool(SQLException e) {
        StackTraceElement[] stack = e.getStackTrace();
        return e.getSQLState() == null && stack.length > 0 && stack[0].getClassName().startsWith("io.agroal.pool.");
    }
}
