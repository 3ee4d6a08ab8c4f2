package org.newsdesk.news;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a page ends in its list: the sort keys of its last item, the sort, and the fingerprint of the
 * filter it was made for. The next page starts strictly after it (keyset paging, no OFFSET).
 */
public record Cursor(Paging.Sort sort, String filterFingerprint, LocalDate publishedOn, Instant updatedAt, Float rank,
        long id) {
}
