package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.KnownMatches.Match;

/** A page picked from known matches: the order, the cursor's keyset and the offset of the SQL it replaces. */
class KnownMatchesTest {

    // Ids 1..6: two titles, one summary, three bodies; dates interleave the tiers, a date shared by ids 4 and 5.
    private static final KnownMatches KNOWN = new KnownMatches(List.of(
            match(1, 2, "2020-01-05", "2024-01-01T00:00:00Z"),
            match(2, 0, "2020-01-06", "2024-01-03T00:00:00Z"),
            match(3, 2, "2020-01-01", "2024-01-02T00:00:00Z"),
            match(4, 0, "2020-01-03", "2024-01-06T00:00:00Z"),
            match(5, 0, "2020-01-03", "2024-01-05T00:00:00Z"),
            match(6, 1, "2020-01-02", "2024-01-04T00:00:00Z")));

    @Test
    void relevanceIsTierThenNewestThenHighestId() {
        assertEquals(List.of(1L, 3L, 6L, 2L, 5L, 4L), ids(page(Paging.Sort.RELEVANCE, null, 1, 10)));
    }

    @Test
    void datesSortAsTheirIndexesDo() {
        assertEquals(List.of(2L, 1L, 5L, 4L, 6L, 3L), ids(page(Paging.Sort.NEWEST, null, 1, 10)));
        assertEquals(List.of(3L, 6L, 4L, 5L, 1L, 2L), ids(page(Paging.Sort.OLDEST, null, 1, 10)));
        assertEquals(List.of(4L, 5L, 6L, 2L, 3L, 1L), ids(page(Paging.Sort.UPDATED, null, 1, 10)));
    }

    @Test
    void pageNumbersSkipWholePages() {
        assertEquals(List.of(6L, 2L), ids(page(Paging.Sort.RELEVANCE, null, 2, 2)));
        assertEquals(List.of(), ids(page(Paging.Sort.RELEVANCE, null, 4, 2)));
    }

    @Test
    void aCursorContinuesStrictlyAfterItsKeys() {
        // After the summary (tier 1): the bodies, from the first.
        assertEquals(List.of(2L, 5L, 4L), ids(page(Paging.Sort.RELEVANCE, cursor(Paging.Sort.RELEVANCE, 6), null, 10)));
        // After id 5 in the bodies: id 4 shares its date and has a lower id.
        assertEquals(List.of(4L), ids(page(Paging.Sort.RELEVANCE, cursor(Paging.Sort.RELEVANCE, 5), null, 10)));
        assertEquals(List.of(4L, 6L, 3L), ids(page(Paging.Sort.NEWEST, cursor(Paging.Sort.NEWEST, 5), null, 10)));
        assertEquals(List.of(5L, 1L, 2L), ids(page(Paging.Sort.OLDEST, cursor(Paging.Sort.OLDEST, 4), null, 10)));
        assertEquals(List.of(3L, 1L), ids(page(Paging.Sort.UPDATED, cursor(Paging.Sort.UPDATED, 2), null, 10)));
    }

    private static List<Match> page(Paging.Sort sort, Cursor after, Integer page, int limit) {
        return KNOWN.page(new Paging(page, limit, sort, after), limit);
    }

    /** The cursor a page ending at match {@code id} would carry. */
    private static Cursor cursor(Paging.Sort sort, long id) {
        Match at = KNOWN.matches().stream().filter(match -> match.id() == id).findFirst().orElseThrow();
        return new Cursor(sort, "f", at.publishedOn(), at.updatedAt(),
                sort == Paging.Sort.RELEVANCE ? (float) at.tier() : null, id);
    }

    private static Match match(long id, int tier, String publishedOn, String updatedAt) {
        return new Match(id, tier, LocalDate.parse(publishedOn), Instant.parse(updatedAt));
    }

    private static List<Long> ids(List<Match> matches) {
        return matches.stream().map(Match::id).toList();
    }
}
