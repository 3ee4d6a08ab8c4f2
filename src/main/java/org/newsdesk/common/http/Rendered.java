package org.newsdesk.common.http;

import java.time.Instant;
import java.util.Map;

/**
 * What a GET endpoint answers before HTTP caching is applied: the body to serialise, headers of its
 * own, and when the resource last changed (null for lists).
 */
public record Rendered(Object body, Map<String, String> headers, Instant lastModified) {

    public static Rendered of(Object body) {
        return new Rendered(body, Map.of(), null);
    }
}
