package org.newsdesk.platform.db;

/**
 * Fired by a write inside its transaction: the content changed. {@link ContentVersion} observes it once the
 * transaction has committed (AFTER_SUCCESS), never for one that rolled back.
 */
public record ContentChanged() {
}
