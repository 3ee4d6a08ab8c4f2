package org.newsdesk.news;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.newsdesk.news.NewsSql.Tier;

/**
 * Every match of a search by its sort keys, read with its count when there are fewer than the cap: the page is
 * picked from them here, in the list's order, and only its rows are read. The statement that would otherwise
 * find the page's rows (gathering them from the word indexes) would check every match again, which for a phrase
 * means reading every candidate's word positions twice.
 */
record KnownMatches(List<Match> matches) {

    /** One match: its id, relevance tier (the {@link Tier}'s rank) and dates. */
    record Match(long id, int tier, LocalDate publishedOn, Instant updatedAt) {
    }

    private static final Comparator<Match> NEWEST = Comparator.comparing(Match::publishedOn)
            .thenComparingLong(Match::id).reversed();

    /** Up to {@code limit} matches after {@code paging}'s cursor or offset, in its order. */
    List<Match> page(Paging paging, int limit) {
        return matches.stream().filter(after(paging.after())).sorted(order(paging.sort())).skip(paging.offset())
                .limit(limit).toList();
    }

    /** The sort's order, as {@link NewsSql#orderBy} has it. */
    private static Comparator<Match> order(Paging.Sort sort) {
        return switch (sort) {
            case RELEVANCE -> Comparator.comparingInt(Match::tier).reversed().thenComparing(NEWEST);
            case NEWEST -> NEWEST;
            case OLDEST -> NEWEST.reversed();
            case UPDATED -> Comparator.comparing(Match::updatedAt).thenComparingLong(Match::id).reversed();
        };
    }

    /** The matches strictly after the cursor in its order, as the keyset conditions of {@link NewsSql} select them. */
    private static Predicate<Match> after(Cursor cursor) {
        if (cursor == null) {
            return match -> true;
        }
        Match at = new Match(cursor.id(), cursor.rank() == null ? 0 : (int) (float) cursor.rank(), cursor.publishedOn(),
                cursor.updatedAt());
        return match -> order(cursor.sort()).compare(match, at) > 0;
    }
}
