package org.newsdesk.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.newsdesk.common.Problem;

/**
 * A request without a usable Host (none, or an empty one) is a 400 problem: every absolute link, canonical
 * URL and problem instance is built from the host, and the framework fails on a request URI without one.
 * The router itself refuses an HTTP/1.1 request without Host before any filter runs; its refusal is
 * answered here too, with a request id. Load balancers' probes, which may send HTTP/1.0 without Host, go
 * to the management port, where this filter does not run.
 */
@ApplicationScoped
public class HostRequired {

    static final String DETAIL = "The request has no Host header, or an empty one; send the host name of this service.";
    /** Right after RequestIds, before the filters whose answers would use the host. */
    static final int PRIORITY = RequestIds.PRIORITY - 1;
    private final ObjectMapper json;

    public HostRequired(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    /** Before every other failure handler, Quarkus' catch-all among them. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::routerRefusal);
    }

    private void handle(RoutingContext context) {
        if (hasHost(context)) {
            context.next();
        } else {
            refuse(context);
        }
    }

    private void routerRefusal(RoutingContext context) {
        if (context.statusCode() == 400 && !hasHost(context) && !context.response().headWritten()) {
            RequestIds.assign(context);
            refuse(context);
        } else {
            context.next();
        }
    }

    private static boolean hasHost(RoutingContext context) {
        HostAndPort authority = context.request().authority();
        return authority != null && authority.host() != null && !authority.host().isBlank();
    }

    private void refuse(RoutingContext context) {
        Problem problem = new Problem("about:blank", "Bad Request", 400, DETAIL, context.request().path(), null,
                null, null);
        try {
            context.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
