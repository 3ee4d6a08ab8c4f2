package org.newsdesk.platform.problem;

import java.net.URI;

/** The resource lives at another URL for good: 301 for reads, 308 (method kept) for writes. */
public class ResourceMovedException extends RuntimeException {

    private final URI location;

    public ResourceMovedException(URI location) {
        super(null, null, false, false);
        this.location = location;
    }

    public URI location() {
        return location;
    }
}
