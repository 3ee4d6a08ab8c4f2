package org.newsdesk.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.newsdesk.platform.problem.Refusals;
import org.newsdesk.platform.problem.RequestIds;

/**
 * One notion of the route: a path that is not in normal form is refused with a 400 problem before any
 * other filter looks at it, so the rate limit, CORS, caching and the headers that match on paths decide on
 * the very path the router serves. Not normal: dot segments (also percent-encoded, which the router
 * decodes and resolves: /q/%2e%2e/api/v1/news serves /api/v1/news), empty segments (//), encoded slashes
 * and backslashes, backslashes and ;-parameters, which routers and proxies read in different ways.
 * Trailing slashes and the case of percent-escapes are left alone: the router serves them as sent.
 */
@ApplicationScoped
public class NormalPaths {

    /** After RequestIds (the refusal carries the id), before BodyLimit and everything else. */
    static final int PRIORITY = RequestIds.PRIORITY - 1;
    private final Refusals refusals;

    public NormalPaths(Refusals refusals) {
        this.refusals = refusals;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext context) {
        String path = context.request().path();
        if (path == null || isNormal(path, context.normalizedPath())) {
            context.next();
            return;
        }
        refusals.refuse(context, 400, "urn:newsdesk:problem:path-not-normal",
                "The path is not in normal form (dot segments, empty segments, encoded slashes, backslashes or "
                        + "';' parameters); send it as the plain path of the resource.");
    }

    /** The router's normal form (RFC 3986 §6.2.2: dot segments resolved, unreserved escapes decoded) is the path sent. */
    static boolean isNormal(String path, String normalised) {
        String lower = path.toLowerCase(Locale.ROOT);
        // Only the case of percent-escapes may differ: the router serves /a%c3%a9 and /a%C3%A9 alike.
        return path.equalsIgnoreCase(normalised) && path.startsWith("/") && !path.contains("//")
                && !path.contains("\\") && !path.contains(";") && !lower.contains("%2f") && !lower.contains("%5c");
    }
}
