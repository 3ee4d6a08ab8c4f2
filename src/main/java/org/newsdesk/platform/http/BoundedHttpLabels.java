package org.newsdesk.platform.http;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Keeps the labels of the HTTP server timer (http_server_requests) bounded whatever clients send.
 * Vert.x accepts any token as a method and Quarkus labels it as sent, so every nonsense method was a
 * new series for good: a few thousand made the metrics page a hundred megabytes. Methods outside
 * RFC 9110's are counted as OTHER. Paths are bounded by Quarkus: the route template when a route
 * serves the request, NOT_FOUND for 404, UNKNOWN for other 4xx
 * (quarkus.micrometer.binder.http-server.suppress4xx-errors), /cors-preflight for preflights; a path
 * without a template is only kept when it was served, such as a static file, and Quarkus allows 100 such
 * values at most (max-uri-tags).
 */
public class BoundedHttpLabels {

    private static final String OTHER_METHOD = "OTHER";

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT");

    @Produces
    @Singleton
    MeterFilter knownMethodsOnly() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String method = id.getTag("method");
                if (!id.getName().startsWith("http.server.") || method == null || METHODS.contains(method)) {
                    return id;
                }
                return id.withTag(Tag.of("method", OTHER_METHOD));
            }
        };
    }
}
