package org.newsdesk.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.platform.config.NewsdeskConfig;
import org.newsdesk.platform.problem.Refusals;

/**
 * CORS with two rules, which the framework's single-policy filter cannot express: anyone may read
 * (GET, HEAD) from any origin; browsers may write only from the configured origins or the service's own
 * (Swagger UI). A write that carries another Origin is refused with 403 before it reaches a resource.
 */
@ApplicationScoped
public class CorsPolicy {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final String READ_METHODS = "GET, HEAD, OPTIONS";
    private static final String ALL_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, If-Match, If-None-Match, "
            + "If-Modified-Since, Idempotency-Key";
    private static final String EXPOSED_HEADERS = "ETag, Link, X-Total-Count, Last-Modified, Location, "
            + "Idempotent-Replayed";
    private static final String MAX_AGE = "86400";

    private final Set<String> writeOrigins;
    private final Refusals refusals;

    public CorsPolicy(NewsdeskConfig config, Refusals refusals) {
        this.writeOrigins = config.editorial().writeOrigins().orElse(List.of()).stream()
                .map(origin -> origin.strip().toLowerCase(Locale.ROOT))
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.refusals = refusals;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 400);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader("Origin");
        if (origin == null) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        String preflightMethod = request.getHeader("Access-Control-Request-Method");
        if (request.method() == HttpMethod.OPTIONS && preflightMethod != null) {
            preflight(request, response, origin, requestedMethod(preflightMethod));
            return;
        }
        // A plain OPTIONS (no preflight) only asks what the resource allows: a read.
        if (READS.contains(request.method()) || request.method() == HttpMethod.OPTIONS) {
            response.putHeader("Access-Control-Allow-Origin", "*");
        } else if (mayWrite(origin, request)) {
            response.putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin");
        } else {
            refuse(context, origin);
            return;
        }
        response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        context.next();
    }

    /** The method a preflight asks about; null when the header is no method name at all (nothing is allowed then). */
    private static HttpMethod requestedMethod(String value) {
        try {
            return HttpMethod.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void preflight(HttpServerRequest request, HttpServerResponse response, String origin, HttpMethod method) {
        boolean read = method != null && READS.contains(method);
        if (read || method != null && mayWrite(origin, request)) {
            response.putHeader("Access-Control-Allow-Origin", read ? "*" : origin)
                    .putHeader("Access-Control-Allow-Methods", read ? READ_METHODS : ALL_METHODS)
                    .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .putHeader("Access-Control-Max-Age", MAX_AGE);
        }
        // Without the Allow headers the browser stops there; nothing else is said.
        response.putHeader("Vary", "Origin").setStatusCode(200).end();
    }

    private boolean mayWrite(String origin, HttpServerRequest request) {
        String normalised = origin.strip().toLowerCase(Locale.ROOT);
        HostAndPort authority = request.authority();
        String own = authority == null ? null : (request.scheme() + "://" + authority.host()
                + (authority.port() > 0 ? ":" + authority.port() : "")).toLowerCase(Locale.ROOT);
        return writeOrigins.contains(normalised) || normalised.equals(own);
    }

    private void refuse(RoutingContext context, String origin) {
        refusals.refuse(context, 403, "urn:newsdesk:problem:origin-not-allowed", "Writes from the origin " + origin
                + " are not allowed; the service's WRITE_ORIGINS setting lists those that are.");
    }
}
