package org.newsdesk.platform.http;

import java.time.Instant;
import java.util.Map;

/**
 * A GET answer as sent: its bytes and media type, strong ETag, headers of its own (such as Link) and,
 * for single resources, when it last changed; {@code version} is the content version it was made from.
 */
record CachedAnswer(long version, byte[] body, String mediaType, String etag, Map<String, String> headers,
        Instant lastModified) {
}
