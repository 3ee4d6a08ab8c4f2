package org.newsdesk.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.newsdesk.common.Problem;

/**
 * Refuses a body announced (Content-Length) as over 1 MiB with a 413 problem before any of it is read.
 * A chunked body that grows past the limit is cut off by the HTTP layer (quarkus.http.limits.max-body-size)
 * with a bare 413.
 */
@ApplicationScoped
public class BodyLimit {

    public static final long MAX_BYTES = 1024 * 1024;
    private final ObjectMapper json;

    public BodyLimit(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, 500);
    }

    private void handle(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        if (length != null && length.length() <= 19 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > MAX_BYTES) {
            Problem problem = new Problem("about:blank", "Content Too Large", 413,
                    "The request body is over the limit of 1 MiB.", context.request().path(), null, null, null);
            try {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(json.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                context.fail(e);
            }
            return;
        }
        context.next();
    }
}
