package org.newsdesk.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.newsdesk.platform.problem.Refusals;

/**
 * Only the request lines this service is built for: HTTP/1.0 or HTTP/1.1 (HTTP/2 is off: the gateway's), with
 * the path of a resource as the target. The HTTP layer passes any other version on (HTTP/1.2, HTTP/0.9 and
 * HTTP/9.9 were served, the answer echoing the version) and an absolute URL as target, which the router
 * serves by its path while links are built from the whole URL; both are a 400 problem here instead.
 * The documents under /q/ (OpenAPI, Swagger UI) are read-only: another method is a 405, where the framework
 * answered any method, PUT and DELETE included, with the document.
 */
@ApplicationScoped
public class RequestLines {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    static final String UNSUPPORTED_VERSION = "Only HTTP/1.1 and HTTP/1.0 are served; send the request as HTTP/1.1.";
    private final Refusals refusals;

    public RequestLines(Refusals refusals) {
        this.refusals = refusals;
    }

    /** Before everything but RequestIds, as NormalPaths: no other filter looks at a request it refuses. */
    void register(@Observes Filters filters) {
        filters.register(this::handle, NormalPaths.PRIORITY);
    }

    private void handle(RoutingContext context) {
        if (context.request().version() == null) {
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
            refusals.refuse(context, 400, "about:blank", UNSUPPORTED_VERSION);
        } else if (!context.request().uri().startsWith("/")) {
            refusals.refuse(context, 400, "about:blank", Refusals.NOT_A_PATH);
        } else if (context.request().path().startsWith("/q/") && !READS.contains(context.request().method())) {
            context.response().putHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
            refusals.refuse(context, 405, "about:blank", "The documents under /q/ can only be read.");
        } else {
            context.next();
        }
    }
}
