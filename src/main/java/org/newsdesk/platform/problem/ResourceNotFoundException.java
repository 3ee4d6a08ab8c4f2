package org.newsdesk.platform.problem;

/** A single resource that does not exist; its message is written for clients and becomes the 404 detail. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
