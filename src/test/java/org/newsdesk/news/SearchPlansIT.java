package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsListRepository.ListRead;
import org.newsdesk.news.NewsListRepository.NewsRow;
import org.newsdesk.news.SearchPlan.Count;
import org.newsdesk.news.SearchPlan.Matches;
import org.newsdesk.news.SearchPlan.Reading;
import org.newsdesk.news.SearchPlan.TierReading;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.platform.db.ReadSessions;

/**
 * However a search's page is read (gathered from the word indexes, walked along the date index, or as the counted
 * matches choose), it holds the same rows in the same order, by page number and by cursor, in every tier.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPlansIT {

    private static final int CAP = Paging.MAX_OFFSET + 1;
    /** Titles newest first, then summaries alone, then bodies alone, whatever the dates. */
    private static final List<String> BY_RELEVANCE = List.of("wombat-title-3", "wombat-title-2", "wombat-title-1",
            "wombat-summary-4", "wombat-summary-3", "wombat-summary-2", "wombat-summary-1", "wombat-body-5",
            "wombat-body-4", "wombat-body-3", "wombat-body-2", "wombat-body-1");

    @RegisterExtension
    static final NewsFixture NEWS = new NewsFixture();

    @Inject
    NewsListRepository lists;

    @Inject
    ReadSessions sessions;

    @BeforeAll
    void createOwnedItems() {
        // Dates interleave the tiers, so that only the tiers put titles first.
        for (int i = 1; i <= 5; i++) {
            NEWS.createText("wombat-body-" + i, "A plain headline", "A plain summary.", "The wombat again.",
                    LocalDate.of(1993, i, 1));
            if (i <= 4) {
                NEWS.createText("wombat-summary-" + i, "Another headline", "A summary on the wombat.", "Nothing.",
                        LocalDate.of(1993, i, 2));
            }
            if (i <= 3) {
                NEWS.createText("wombat-title-" + i, "Wombats counted " + i, "Nothing more.", "Counted at night.",
                        LocalDate.of(1993, i, 3));
            }
        }
    }

    @Test
    void matchesAreCountedPerPartOfTheText() {
        assertEquals(counted(3, 7, 12), countsOf(search("wombat"), 21, CAP));
        // A word excluded from the whole text rules out the title matches of items that hold it in the body.
        assertEquals(counted(0, 4, 9), countsOf(search("wombat -night"), 21, CAP));
        assertEquals(counted(0, 0, 0), countsOf(search("wombat -wombat"), 21, CAP));
        // Past the cap (here 5, to stay small) the titles are counted up to the rows needed, the whole text not at all.
        assertEquals(new Matches(new Count(2, 2), new Count(5, 5), new Count(5, 5), null),
                lists.countMatches(sessions.primary(), search("wombat"), 2, 5));
        assertEquals(new Matches(new Count(3, 4), new Count(5, 5), new Count(5, 5), null),
                lists.countMatches(sessions.primary(), search("wombat"), 4, 5));
    }

    @Test
    void fewerMatchesThanTheCapAreKnownWithTheirTiers() {
        KnownMatches known = lists.countMatches(sessions.primary(), search("wombat"), 21, CAP).known();
        assertEquals(Map.of(2, 3L, 1, 4L, 0, 5L), known.matches().stream()
                .collect(Collectors.groupingBy(KnownMatches.Match::tier, Collectors.counting())));
        assertTrue(known.matches().stream().allMatch(match -> match.publishedOn().getYear() == 1993
                && match.updatedAt().isAfter(Instant.parse("2020-01-01T00:00:00Z"))));
        // Titles and summaries below the cap (here 10), every match not: the matches are not all known.
        Matches cut = lists.countMatches(sessions.primary(), search("wombat"), 21, 10);
        assertNull(cut.known());
        assertEquals(new Matches(Count.NOT_COUNTED, new Count(7, 10), new Count(10, 10), null), cut);
    }

    private Matches countsOf(NewsFilter filter, long rowsNeeded, int cap) {
        Matches matches = lists.countMatches(sessions.primary(), filter, rowsNeeded, cap);
        assertEquals(matches.inAll().value(), matches.known().matches().size());
        return new Matches(matches.inTitles(), matches.inTitlesOrSummaries(), matches.inAll(), null);
    }

    @Test
    void everyReadingGivesTheSameRelevanceOrderByCursor() {
        for (int size : new int[] {1, 2, 5, 20}) {
            assertEquals(BY_RELEVANCE, walk(size, this::chosen), "chosen, size " + size);
            assertEquals(BY_RELEVANCE, walk(size, everyTier(Reading.WALK)), "walked, size " + size);
            assertEquals(BY_RELEVANCE, walk(size, everyTier(Reading.GATHER)), "gathered, size " + size);
        }
    }

    @Test
    void everyReadingGivesTheSameRelevanceOrderByPageNumber() {
        for (int page = 1; page <= 3; page++) {
            Paging paging = new Paging(page, 5, Paging.Sort.RELEVANCE, null);
            List<String> expected = BY_RELEVANCE.subList((page - 1) * 5, Math.min(page * 5 + 1, BY_RELEVANCE.size()));
            assertEquals(expected, slugs(read(paging, this::chosen)), "chosen, page " + page);
            assertEquals(expected, slugs(read(paging, everyTier(Reading.WALK))), "walked, page " + page);
            assertEquals(expected, slugs(read(paging, everyTier(Reading.GATHER))), "gathered, page " + page);
        }
    }

    @Test
    void aSearchByDateReadsTheSameGatheredOrWalked() {
        Paging oldest = new Paging(1, 4, Paging.Sort.OLDEST, null);
        List<String> expected = List.of("wombat-body-1", "wombat-summary-1", "wombat-title-1", "wombat-body-2",
                "wombat-summary-2");
        assertEquals(expected, slugs(read(oldest, (matches, paging) -> new SearchPlan(12, List.of(), null))), "walked");
        assertEquals(expected, slugs(read(oldest, this::chosen)), "known");
    }

    @Test
    void aSearchWithoutMatchesReadsNothingAndCountsNone() {
        ListRead read = read(new Paging(1, 20, Paging.Sort.RELEVANCE, null), this::chosen, search("wombat -wombat"));
        assertEquals(0, read.counted());
        assertEquals(List.of(), read.items());
    }

    private static Matches counted(long titles, long titlesOrSummaries, long all) {
        return new Matches(new Count(titles, CAP), new Count(titlesOrSummaries, CAP), new Count(all, CAP), null);
    }

    private SearchPlan chosen(Matches matches, Paging paging) {
        return SearchPlan.of(matches, paging, paging.size() + 1);
    }

    /** Every tier from the cursor's down, read the one way, whatever the counts. */
    private static BiFunction<Matches, Paging, SearchPlan> everyTier(Reading reading) {
        return (matches, paging) -> new SearchPlan(matches.inAll().value(), NewsSql.tiersFrom(paging.after()).stream()
                .map(tier -> new TierReading(tier, reading)).toList(), null);
    }

    /** The whole relevance order, a page of {@code size} at a time, each page after the last one's cursor. */
    private List<String> walk(int size, BiFunction<Matches, Paging, SearchPlan> plan) {
        List<String> slugs = new ArrayList<>();
        Cursor after = null;
        for (int pages = 0; pages <= BY_RELEVANCE.size(); pages++) {
            List<NewsRow> rows = read(new Paging(null, size, Paging.Sort.RELEVANCE, after), plan).items().stream()
                    .map(NewsListRepository.ListedItem::row).toList();
            List<NewsRow> page = rows.subList(0, Math.min(size, rows.size()));
            page.forEach(row -> slugs.add(row.slug()));
            if (rows.size() <= size) {
                return slugs;
            }
            NewsRow last = page.get(page.size() - 1);
            after = new Cursor(Paging.Sort.RELEVANCE, "", last.publishedOn(), null, last.rank(), last.id());
        }
        throw new AssertionError("the walk did not end: " + slugs);
    }

    private ListRead read(Paging paging, BiFunction<Matches, Paging, SearchPlan> plan) {
        return read(paging, plan, search("wombat"));
    }

    private ListRead read(Paging paging, BiFunction<Matches, Paging, SearchPlan> plan, NewsFilter filter) {
        Matches matches = lists.countMatches(sessions.primary(), filter, paging.size() + 1 + paging.offset(), CAP);
        return lists.search(sessions.primary(), filter, paging, paging.size() + 1, plan.apply(matches, paging));
    }

    private static List<String> slugs(ListRead read) {
        return read.items().stream().map(item -> item.row().slug()).toList();
    }

    private static NewsFilter search(String query) {
        return new NewsFilter(null, null, null, null, Set.of(), Set.of(), Set.of(), EnumSet.noneOf(NewsType.class), Set.of(),
                query, null, EnumSet.of(Visibility.PUBLISHED), LocalDate.now());
    }
}
