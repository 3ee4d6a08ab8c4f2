package org.newsdesk.platform.problem;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's X-Request-Id when it is a plain token (so a proxy's or
 * client's id follows the request through), a new UUID otherwise, so nothing a client sends is echoed
 * unchecked into headers or logs. The id goes on the response before anything else runs, so every
 * answer carries it, filters' refusals included, and into the MDC (kept per request by Quarkus on the
 * request's Vert.x context, also on worker threads), so every log line of the request shows it.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Runs before every other filter (CorsPolicy 400, BodyLimit 500), whose answers must carry the id. */
    public static final int PRIORITY = 10_000;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(RequestIds::handle, PRIORITY);
    }

    private static void handle(RoutingContext context) {
        assign(context);
        context.next();
    }

    /** Also for requests the router refuses before any filter runs (see {@link HostRequired}). */
    static void assign(RoutingContext context) {
        String offered = context.request().getHeader(HEADER);
        String id = offered != null && VALID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
    }

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
