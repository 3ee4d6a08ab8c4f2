package org.newsdesk.platform.http;

import java.time.Instant;
import java.util.Map;

/**
 * What a GET endpoint answers before HTTP caching is applied: the body (a record to serialise as JSON,
 * or {@link Bytes} already made, such as a feed or a page), headers of its own, and when the resource
 * last changed (null for lists).
 */
public record Rendered(Object body, Map<String, String> headers, Instant lastModified) {

    public static Rendered of(Object body) {
        return new Rendered(body, Map.of(), null);
    }

    /** A body made by the endpoint itself, in its own media type (with charset where it has one). */
    public record Bytes(byte[] content, String mediaType) {
    }
}
