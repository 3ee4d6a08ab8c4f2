package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.NewsSql.Tier;
import org.newsdesk.news.SearchPlan.Count;
import org.newsdesk.news.SearchPlan.Matches;
import org.newsdesk.news.SearchPlan.Reading;
import org.newsdesk.news.SearchPlan.TierReading;
import org.newsdesk.news.SearchPlan.TierSize;

/** Which tiers a search page reads, and how, from its matches counted first. */
class SearchPlanTest {

    private static final int CAP = 1_001;
    private static final int ROWS = 21;
    private static final Paging FIRST = new Paging(1, 20, Paging.Sort.RELEVANCE, null);

    /** Counts as the repository takes them: all three below the cap, else the titles up to the rows needed. */
    private static Matches matches(long titles, long titlesOrSummaries, long all, long rowsNeeded) {
        if (titlesOrSummaries < CAP) {
            return new Matches(new Count(titles, CAP), new Count(titlesOrSummaries, CAP), new Count(Math.min(all, CAP), CAP),
                    null);
        }
        return new Matches(new Count(Math.min(titles, rowsNeeded), rowsNeeded), new Count(CAP, CAP), new Count(CAP, CAP),
                null);
    }

    @Test
    void countsBelowTheCapAreExactTierSizes() {
        Matches matches = matches(3, 10, 400, ROWS);
        assertEquals(new TierSize(3, true, true), matches.in(Tier.TITLE));
        assertEquals(new TierSize(7, true, true), matches.in(Tier.SUMMARY));
        assertEquals(new TierSize(390, true, true), matches.in(Tier.BODY));
        // Titles and summaries below the cap, the whole text at it: the bodies alone are many, and unbounded.
        Matches manyBodies = new Matches(new Count(3, CAP), new Count(10, CAP), new Count(CAP, CAP), null);
        assertEquals(new TierSize(991, false, false), manyBodies.in(Tier.BODY));
    }

    @Test
    void pastTheCapOnlyTheTitlesUpToThePageAreKnown() {
        Matches fewTitles = matches(15, 5_000, 9_000, ROWS);
        assertEquals(new TierSize(15, true, true), fewTitles.in(Tier.TITLE));
        assertEquals(new TierSize(986, false, false), fewTitles.in(Tier.SUMMARY));
        // The bodies were not counted: they may hold none.
        assertEquals(new TierSize(0, false, false), fewTitles.in(Tier.BODY));
        Matches manyTitles = matches(5_000, 5_000, 9_000, ROWS);
        assertEquals(new TierSize(21, false, false), manyTitles.in(Tier.TITLE));
        assertEquals(new TierSize(0, false, false), manyTitles.in(Tier.SUMMARY));
    }

    @Test
    void aRareWordIsGatheredInEveryTierThatHoldsIt() {
        SearchPlan plan = SearchPlan.of(matches(2, 2, 57, ROWS), FIRST, ROWS);
        // No match in a summary alone: that tier is not read.
        assertEquals(List.of(new TierReading(Tier.TITLE, Reading.GATHER), new TierReading(Tier.BODY, Reading.GATHER)),
                plan.tiers());
        assertEquals(57, plan.counted());
    }

    @Test
    void aCommonWordInEnoughTitlesReadsOnlyTheTitles() {
        SearchPlan plan = SearchPlan.of(matches(5_000, 9_000, 50_000, ROWS), FIRST, ROWS);
        assertEquals(List.of(new TierReading(Tier.TITLE, Reading.WALK)), plan.tiers());
        assertEquals(CAP, plan.counted());
    }

    @Test
    void tiersAreReadUntilTheRowsBeforeThemSurelyFillThePage() {
        // 15 titles cannot fill 21 rows; 986 and more summaries alone fill it before the bodies.
        assertEquals(List.of(new TierReading(Tier.TITLE, Reading.GATHER), new TierReading(Tier.SUMMARY, Reading.WALK)),
                SearchPlan.of(matches(15, 5_000, 9_000, ROWS), FIRST, ROWS).tiers());
        // Page 50 needs more rows than the titles and the summaries hold.
        Paging deep = new Paging(50, 20, Paging.Sort.RELEVANCE, null);
        assertEquals(List.of(new TierReading(Tier.TITLE, Reading.GATHER), new TierReading(Tier.SUMMARY, Reading.GATHER),
                new TierReading(Tier.BODY, Reading.WALK)),
                SearchPlan.of(new Matches(new Count(15, CAP), new Count(600, CAP), new Count(CAP, CAP), null), deep, ROWS)
                        .tiers());
    }

    @Test
    void aCursorsTierFillsNothingAsItsRowsAfterTheCursorAreUnknown() {
        Paging afterATitle = new Paging(null, 20, Paging.Sort.RELEVANCE, cursorIn(Tier.TITLE));
        // 15 titles in all, of which how many after the cursor is unknown; 986 and more summaries fill the page.
        assertEquals(List.of(new TierReading(Tier.TITLE, Reading.GATHER), new TierReading(Tier.SUMMARY, Reading.WALK)),
                SearchPlan.of(matches(15, 5_000, 9_000, ROWS), afterATitle, ROWS).tiers());
        // Titles past the page's rows say nothing of the summaries alone: every tier below is read.
        assertEquals(List.of(new TierReading(Tier.TITLE, Reading.WALK), new TierReading(Tier.SUMMARY, Reading.WALK),
                new TierReading(Tier.BODY, Reading.WALK)),
                SearchPlan.of(matches(5_000, 5_000, 9_000, ROWS), afterATitle, ROWS).tiers());
        Paging afterABody = new Paging(null, 20, Paging.Sort.RELEVANCE, cursorIn(Tier.BODY));
        assertEquals(List.of(new TierReading(Tier.BODY, Reading.GATHER)),
                SearchPlan.of(matches(5, 9, 40, ROWS), afterABody, ROWS).tiers());
    }

    @Test
    void titlesNotCountedAreGatheredWithinTheFewSummariesAndFillNothing() {
        Matches cut = new Matches(Count.NOT_COUNTED, new Count(7, CAP), new Count(CAP, CAP), null);
        assertEquals(List.of(new TierReading(Tier.TITLE, Reading.GATHER), new TierReading(Tier.SUMMARY, Reading.GATHER),
                new TierReading(Tier.BODY, Reading.WALK)), SearchPlan.of(cut, FIRST, ROWS).tiers());
    }

    @Test
    void noMatchReadsNoTier() {
        SearchPlan plan = SearchPlan.of(matches(0, 0, 0, ROWS), FIRST, ROWS);
        assertEquals(List.of(), plan.tiers());
        assertEquals(0, plan.counted());
    }

    @Test
    void knownMatchesGiveThePageItselfInAnyOrder() {
        KnownMatches known = new KnownMatches(List.of(match(1, 0, "2020-01-01"), match(2, 2, "2019-01-01"),
                match(3, 0, "2021-01-01")));
        Matches matches = new Matches(new Count(1, CAP), new Count(1, CAP), new Count(3, CAP), known);
        SearchPlan byRelevance = SearchPlan.of(matches, FIRST, ROWS);
        assertEquals(List.of(2L, 3L, 1L), byRelevance.page().stream().map(KnownMatches.Match::id).toList());
        assertEquals(List.of(), byRelevance.tiers());
        assertEquals(3, byRelevance.counted());
        SearchPlan oldest = SearchPlan.of(matches, new Paging(1, 20, Paging.Sort.OLDEST, null), ROWS);
        assertEquals(List.of(2L, 1L, 3L), oldest.page().stream().map(KnownMatches.Match::id).toList());
    }

    @Test
    void aSearchByDateIsWalkedWhenItsMatchesAreNotKnown() {
        Paging newest = new Paging(1, 20, Paging.Sort.NEWEST, null);
        assertEquals(new SearchPlan(CAP, List.of(), null), SearchPlan.of(matches(1, 2_000, 9_000, ROWS), newest, ROWS));
    }

    private static KnownMatches.Match match(long id, int tier, String publishedOn) {
        return new KnownMatches.Match(id, tier, LocalDate.parse(publishedOn), java.time.Instant.EPOCH);
    }

    private static Cursor cursorIn(Tier tier) {
        return new Cursor(Paging.Sort.RELEVANCE, "f", LocalDate.of(2020, 1, 1), null, (float) tier.rank, 7);
    }
}
