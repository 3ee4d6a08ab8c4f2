package org.newsdesk.platform.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.newsdesk.platform.problem.Refusals;

/**
 * Refuses a body announced (Content-Length) as over 1 MiB with a 413 problem before any of it is read.
 * A chunked body that grows past the limit is cut off by the HTTP layer (quarkus.http.limits.max-body-size)
 * with a bare 413.
 */
@ApplicationScoped
public class BodyLimit {

    public static final long MAX_BYTES = 1024 * 1024;
    private final Refusals refusals;

    public BodyLimit(Refusals refusals) {
        this.refusals = refusals;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 500);
    }

    private void handle(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.length() <= 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > MAX_BYTES) {
            context.response().putHeader("Connection", "close");
            refusals.refuse(context, 413, "about:blank", "The request body is over the limit of 1 MiB.");
            return;
        }
        context.next();
    }
}
