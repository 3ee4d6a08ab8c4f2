package org.newsdesk.platform.db;

import jakarta.persistence.EntityManager;

/**
 * Where a read runs: the primary's entity manager, or a read-only session on the read replica. A service
 * gets one from {@link ReadSessions} (or from HttpCaching, which asks it) and hands it to every repository
 * call of that read, so that all of its queries run in the same place.
 */
public record ReadSession(EntityManager em) {
}
