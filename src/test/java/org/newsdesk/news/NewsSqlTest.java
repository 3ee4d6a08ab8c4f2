package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.news.NewsSql.Tier;
import org.newsdesk.news.Paging.Sort;
import org.newsdesk.news.api.Visibility;

/** The WHERE clause, parameters, ORDER BY and keyset condition that NewsSql makes of a filter and a cursor. */
class NewsSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 1);
    private static final String PUBLIC = "n.status = 'published' AND n.published_on <= :today";
    private static final String TS_QUERY = "websearch_to_tsquery('english', :q)";
    private static final String TOPICS = "n.topic_ids && CAST(string_to_array(:topicIds, ',') AS bigint[])";
    private static final String COUNTRIES =
            "n.country_codes && CAST(string_to_array(:countryCodes, ',') AS varchar[])";
    private static final String REGIONS = "n.region_ids && CAST(string_to_array(:regionIds, ',') AS bigint[])";

    @Test
    void thePublicSeesPublishedItemsWhoseDayHasCome() {
        NewsSql sql = NewsSql.of(filter().build());
        assertEquals("WHERE " + PUBLIC, sql.where());
        assertEquals(Map.of("today", TODAY), sql.parameters());
        assertEquals(sql, NewsSql.of(filter().build(), null), "no cursor");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "DRAFT     | WHERE n.status = 'draft'                                     | false",
        "RETIRED   | WHERE n.status = 'retired'                                   | false",
        "SCHEDULED | WHERE n.status = 'published' AND n.published_on > :today     | true",
        "PUBLISHED | WHERE n.status = 'published' AND n.published_on <= :today    | true"
    })
    void oneStateStandsAloneAndOnlyDatedStatesBindToday(Visibility state, String where, boolean today) {
        NewsSql sql = NewsSql.of(filter().visibility(EnumSet.of(state)).build());
        assertEquals(where, sql.where());
        assertEquals(today ? Map.of("today", TODAY) : Map.of(), sql.parameters());
    }

    @Test
    void severalStatesAreOrEdInTheirOwnOrder() {
        NewsSql drafts = NewsSql.of(filter().visibility(EnumSet.of(Visibility.RETIRED, Visibility.DRAFT)).build());
        assertEquals("WHERE ((n.status = 'draft') OR (n.status = 'retired'))", drafts.where());
        assertEquals(Map.of(), drafts.parameters());
        NewsSql all = NewsSql.of(filter().visibility(EnumSet.allOf(Visibility.class)).build());
        assertEquals("WHERE ((n.status = 'draft') OR (n.status = 'published' AND n.published_on > :today) OR ("
                + PUBLIC + ") OR (n.status = 'retired'))", all.where());
        assertEquals(Map.of("today", TODAY), all.parameters());
    }

    @ParameterizedTest(name = "month {0}, year {1}, from {2}, to {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2022-06 | -    | -          | -          | 2022-06-01 | 2022-06-30",
        "2024-02 | -    | -          | -          | 2024-02-01 | 2024-02-29",
        "-       | 2021 | -          | -          | 2021-01-01 | 2021-12-31",
        "-       | -    | 2022-01-15 | -          | 2022-01-15 | -",
        "-       | -    | -          | 2022-06-30 | -          | 2022-06-30",
        "2022-06 | 2022 | 2022-06-10 | -          | 2022-06-10 | 2022-06-30",
        "2022-06 | -    | 2022-01-01 | 2022-12-31 | 2022-06-01 | 2022-06-30",
        "-       | 2022 | 2021-03-01 | 2022-03-31 | 2022-01-01 | 2022-03-31",
        "2022-06 | 2021 | -          | -          | 2022-06-01 | 2021-12-31"
    })
    void monthYearFromAndToNarrowOneDateRange(String month, Integer year, LocalDate from, LocalDate to,
            LocalDate lower, LocalDate upper) {
        NewsSql sql = NewsSql.of(filter().dates(month, year, from, to).build());
        String where = "WHERE " + PUBLIC + (lower == null ? "" : " AND n.published_on >= :from")
                + (upper == null ? "" : " AND n.published_on <= :to");
        assertEquals(where, sql.where());
        assertEquals(lower, sql.parameters().get("from"));
        assertEquals(upper, sql.parameters().get("to"));
        assertEquals(1 + (lower == null ? 0 : 1) + (upper == null ? 0 : 1), sql.parameters().size());
    }

    @Test
    void typesMatchAnyOfThemByTheirWireNames() {
        NewsSql sql = NewsSql.of(filter().types(NewsType.STATEMENT, NewsType.PRESS_RELEASE).build());
        assertEquals("WHERE " + PUBLIC + " AND n.type IN (:types)", sql.where());
        assertEquals(Map.of("today", TODAY, "types", List.of("press-release", "statement")), sql.parameters());
    }

    @Test
    void languagesMatchAnyOfThemSorted() {
        NewsSql sql = NewsSql.of(filter().languages("fr", "es").build());
        assertEquals("WHERE " + PUBLIC + " AND n.language IN (:languages)", sql.where());
        assertEquals(Map.of("today", TODAY, "languages", List.of("es", "fr")), sql.parameters());
    }

    @Test
    void tagsOverlapTheItemsArraysGivenAsSortedCommaSeparatedText() {
        NewsSql topics = NewsSql.of(filter().tags(Set.of(7L, 12L, 3L), Set.of(), Set.of()).build());
        assertEquals("WHERE " + PUBLIC + " AND " + TOPICS, topics.where());
        assertEquals(Map.of("today", TODAY, "topicIds", "12,3,7"), topics.parameters());
        NewsSql countries = NewsSql.of(filter().tags(Set.of(), Set.of("TH", "ID"), Set.of()).build());
        assertEquals("WHERE " + PUBLIC + " AND " + COUNTRIES, countries.where());
        assertEquals(Map.of("today", TODAY, "countryCodes", "ID,TH"), countries.parameters());
        NewsSql regions = NewsSql.of(filter().tags(Set.of(), Set.of(), Set.of(11L, 10L)).build());
        assertEquals("WHERE " + PUBLIC + " AND " + REGIONS, regions.where());
        assertEquals(Map.of("today", TODAY, "regionIds", "10,11"), regions.parameters());
    }

    @Test
    void alongTheDatesTagsAreConditionsNoIndexServesAndTheRestIsAlike() {
        NewsFilter filter = filter().dates(null, 2022, null, null).tags(Set.of(7L), Set.of("TH"), Set.of(10L)).build();
        NewsSql indexed = NewsSql.of(filter, null);
        NewsSql along = NewsSql.alongDates(filter, null);
        assertEquals(indexed.where().replace(TOPICS, "(" + TOPICS + ") IS TRUE")
                .replace(COUNTRIES, "(" + COUNTRIES + ") IS TRUE").replace(REGIONS, "(" + REGIONS + ") IS TRUE"),
                along.where());
        assertTrue(along.where().contains("(" + TOPICS + ") IS TRUE"), along.where());
        assertEquals(indexed.parameters(), along.parameters());
    }

    @Test
    void aSearchMatchesTheSearchVector() {
        NewsSql sql = NewsSql.of(filter().query("pension reform").build());
        assertEquals("WHERE " + PUBLIC + " AND n.search_vector @@ " + TS_QUERY, sql.where());
        assertEquals(Map.of("today", TODAY, "q", "pension reform"), sql.parameters());
    }

    @Test
    void aSearchInSeveralLanguagesMatchesEachItemInItsOwnLanguage() {
        String french = "websearch_to_tsquery('french', :q)";
        String simple = "websearch_to_tsquery('simple', :q)";
        NewsFilter everyLanguage = filter().query("retraites").searchingIn(SearchLanguage.ENGLISH, SearchLanguage.FRENCH,
                SearchLanguage.SPANISH, SearchLanguage.OTHER);
        assertEquals("WHERE " + PUBLIC + " AND (n.language = 'en' AND n.search_vector @@ " + TS_QUERY
                + " OR n.language = 'fr' AND n.search_vector @@ " + french
                + " OR n.language = 'es' AND n.search_vector @@ websearch_to_tsquery('spanish', :q)"
                + " OR n.language NOT IN ('en', 'fr', 'es') AND n.search_vector @@ " + simple + ")",
                NewsSql.of(everyLanguage).where());
        assertEquals(Map.of("today", TODAY, "q", "retraites"), NewsSql.of(everyLanguage).parameters());
        // Asked for French, the query is parsed in French only; other languages' branches are left out.
        NewsFilter inFrench = filter().languages("fr").query("retraites").searchingIn(SearchLanguage.ENGLISH,
                SearchLanguage.FRENCH);
        assertEquals("WHERE " + PUBLIC + " AND n.language IN (:languages) AND n.search_vector @@ " + french,
                NewsSql.of(inFrench).where());
        // Languages without stemming share one branch; with French, each is bound to its items.
        NewsFilter germanOrFrench = filter().languages("de", "fr", "it").query("renten").searchingIn(
                SearchLanguage.FRENCH, SearchLanguage.OTHER);
        assertEquals("WHERE " + PUBLIC + " AND n.language IN (:languages) AND (n.language = 'fr' AND n.title_vector @@ "
                + french + " OR n.language NOT IN ('en', 'fr', 'es') AND n.title_vector @@ " + simple + ")",
                NewsSql.inTitles(germanOrFrench).where());
        // No item in the languages asked for: the query is parsed in them all the same, and finds nothing.
        NewsFilter none = filter().languages("fr").query("retraites").searchingIn(SearchLanguage.ENGLISH);
        assertEquals("WHERE " + PUBLIC + " AND n.language IN (:languages) AND n.search_vector @@ " + french,
                NewsSql.of(none).where());
    }

    @Test
    void eachTierNegatesItsBetterTiersInEveryLanguage() {
        NewsFilter search = filter().query("retraites").searchingIn(SearchLanguage.ENGLISH, SearchLanguage.FRENCH);
        String titles = "(n.language = 'en' AND n.title_vector @@ " + TS_QUERY
                + " OR n.language = 'fr' AND n.title_vector @@ websearch_to_tsquery('french', :q))";
        String summaries = titles.replace("title_vector", "rank_vector");
        assertEquals("WHERE " + PUBLIC + " AND " + summaries + " AND NOT " + titles,
                NewsSql.ofTier(search, Tier.SUMMARY, null).where());
        assertTrue(NewsSql.ofTier(search, Tier.BODY, null).where().endsWith(" AND NOT " + summaries));
    }

    @Test
    void updatedSinceIsAnInstantInUtc() {
        NewsSql sql = NewsSql.of(filter().updatedSince(Instant.parse("2026-11-01T10:00:00Z")).build());
        assertEquals("WHERE " + PUBLIC + " AND n.updated_at >= :updatedSince", sql.where());
        assertEquals(Map.of("today", TODAY, "updatedSince", OffsetDateTime.parse("2026-11-01T10:00:00Z")),
                sql.parameters());
    }

    @Test
    void everyDimensionTogetherInOneOrderAndTheKeysetLast() {
        NewsFilter all = filter().dates("2022-06", null, null, null).tags(Set.of(1L), Set.of("TH"), Set.of(10L))
                .types(NewsType.NEWS).query("pension").updatedSince(Instant.parse("2022-01-01T00:00:00Z"))
                .visibility(EnumSet.of(Visibility.DRAFT)).build();
        Cursor after = new Cursor(Sort.NEWEST, "fingerprint", LocalDate.of(2022, 6, 15), null, null, 42);
        NewsSql sql = NewsSql.of(all, after);
        assertEquals("WHERE n.status = 'draft' AND n.published_on >= :from AND n.published_on <= :to"
                + " AND n.type IN (:types)"
                + " AND " + TOPICS + " AND " + COUNTRIES + " AND " + REGIONS
                + " AND n.search_vector @@ " + TS_QUERY
                + " AND n.updated_at >= :updatedSince"
                + " AND (n.published_on, n.id) < (:afterPublished, :afterId)", sql.where());
        assertEquals(Map.of("from", LocalDate.of(2022, 6, 1), "to", LocalDate.of(2022, 6, 30),
                "types", List.of("news"), "topicIds", "1", "countryCodes", "TH", "regionIds", "10", "q", "pension",
                "updatedSince", OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                "afterPublished", LocalDate.of(2022, 6, 15), "afterId", 42L), sql.parameters());
    }

    @Test
    void facetCountsIgnoreOnlyTheirOwnDimension() {
        NewsFilter all = filter().dates("2022-06", 2022, null, null).tags(Set.of(1L), Set.of("TH"), Set.of(10L))
                .types(NewsType.NEWS).query("pension").build();
        String dates = "WHERE " + PUBLIC + " AND n.published_on >= :from AND n.published_on <= :to";
        String search = " AND n.search_vector @@ " + TS_QUERY;
        assertEquals(dates + " AND " + TOPICS + " AND " + COUNTRIES + " AND " + REGIONS + search,
                NewsSql.of(all.without(Dimension.TYPE)).where());
        assertEquals(dates + " AND n.type IN (:types) AND " + COUNTRIES + " AND " + REGIONS + search,
                NewsSql.of(all.without(Dimension.TOPIC)).where());
        // Month and year narrow the same range: without one, the other still bounds it.
        NewsSql withoutMonth = NewsSql.of(all.without(Dimension.MONTH));
        assertEquals(LocalDate.of(2022, 1, 1), withoutMonth.parameters().get("from"));
        assertEquals(LocalDate.of(2022, 12, 31), withoutMonth.parameters().get("to"));
        NewsSql withoutYear = NewsSql.of(all.without(Dimension.YEAR));
        assertEquals(LocalDate.of(2022, 6, 1), withoutYear.parameters().get("from"));
        assertEquals(LocalDate.of(2022, 6, 30), withoutYear.parameters().get("to"));
        assertEquals(Set.of("today", "from", "to", "types", "topicIds", "regionIds", "q"),
                NewsSql.of(all.without(Dimension.COUNTRY)).parameters().keySet());
        assertEquals(Set.of("today", "from", "to", "types", "topicIds", "countryCodes", "q"),
                NewsSql.of(all.without(Dimension.REGION)).parameters().keySet());
    }

    @Test
    void eachSortHasItsOrderAndAKeysetStrictlyAfterTheCursor() {
        LocalDate day = LocalDate.of(2022, 6, 15);
        Instant changed = Instant.parse("2026-11-01T10:00:00Z");
        assertKeyset(new Cursor(Sort.NEWEST, "f", day, null, null, 42),
                "(n.published_on, n.id) < (:afterPublished, :afterId)", Map.of("afterPublished", day));
        assertKeyset(new Cursor(Sort.OLDEST, "f", day, null, null, 42),
                "(n.published_on, n.id) > (:afterPublished, :afterId)", Map.of("afterPublished", day));
        assertKeyset(new Cursor(Sort.UPDATED, "f", null, changed, null, 42),
                "(n.updated_at, n.id) < (:afterUpdated, :afterId)",
                Map.of("afterUpdated", OffsetDateTime.parse("2026-11-01T10:00:00Z")));
        assertEquals("n.published_on DESC, n.id DESC", NewsSql.orderBy(Sort.NEWEST));
        assertEquals("n.published_on ASC, n.id ASC", NewsSql.orderBy(Sort.OLDEST));
        assertEquals("rank DESC, published_on DESC, id DESC", NewsSql.orderBy(Sort.RELEVANCE));
        assertEquals("n.updated_at DESC, n.id DESC", NewsSql.orderBy(Sort.UPDATED));
    }

    @Test
    void relevanceTiersAreTitleThenSummaryThenBodyEachWithTheFilter() {
        NewsFilter search = filter().query("pension").build();
        assertEquals(List.of(Tier.TITLE, Tier.SUMMARY, Tier.BODY), NewsSql.tiersFrom(null));
        assertEquals("WHERE " + PUBLIC + " AND n.title_vector @@ " + TS_QUERY,
                NewsSql.ofTier(search, Tier.TITLE, null).where());
        assertEquals(Map.of("today", TODAY, "q", "pension"), NewsSql.ofTier(search, Tier.TITLE, null).parameters());
        assertEquals("WHERE " + PUBLIC + " AND n.rank_vector @@ " + TS_QUERY + " AND NOT n.title_vector @@ " + TS_QUERY,
                NewsSql.ofTier(search, Tier.SUMMARY, null).where());
        assertEquals("WHERE " + PUBLIC + " AND n.search_vector @@ " + TS_QUERY + " AND NOT n.rank_vector @@ " + TS_QUERY,
                NewsSql.ofTier(search, Tier.BODY, null).where());
        assertEquals(Map.of("today", TODAY, "q", "pension"), NewsSql.ofTier(search, Tier.BODY, null).parameters());
    }

    @Test
    void aSearchIsCountedInTitlesAndSummariesWithoutTheWholeTextUnlessItExcludesAWord() {
        NewsFilter search = filter().query("pension").build();
        assertEquals("WHERE " + PUBLIC + " AND n.title_vector @@ " + TS_QUERY, NewsSql.inTitles(search).where());
        assertEquals("WHERE " + PUBLIC + " AND n.rank_vector @@ " + TS_QUERY, NewsSql.inTitlesOrSummaries(search).where());
        assertEquals(Map.of("today", TODAY, "q", "pension"), NewsSql.inTitlesOrSummaries(search).parameters());
        NewsFilter excluding = filter().query("pension -reform").build();
        assertEquals("WHERE " + PUBLIC + " AND n.search_vector @@ " + TS_QUERY + " AND n.title_vector @@ " + TS_QUERY,
                NewsSql.inTitles(excluding).where());
        assertEquals("WHERE " + PUBLIC + " AND n.search_vector @@ " + TS_QUERY + " AND n.rank_vector @@ " + TS_QUERY,
                NewsSql.inTitlesOrSummaries(excluding).where());
    }

    @Test
    void anExcludedWordIsRuledOutOnTheWholeTextInEveryTier() {
        NewsFilter search = filter().query("pension -reform").build();
        for (Tier tier : Tier.values()) {
            assertTrue(NewsSql.ofTier(search, tier, null).where()
                    .startsWith("WHERE " + PUBLIC + " AND n.search_vector @@ " + TS_QUERY + " AND "), tier.name());
        }
    }

    @Test
    void aRelevanceCursorContinuesItsTierAndSkipsTheTiersAboveIt() {
        NewsFilter search = filter().query("pension").build();
        LocalDate day = LocalDate.of(2022, 6, 15);
        Cursor inSummaries = new Cursor(Sort.RELEVANCE, "f", day, null, 1f, 42);
        assertEquals(List.of(Tier.SUMMARY, Tier.BODY), NewsSql.tiersFrom(inSummaries));
        assertEquals(List.of(Tier.BODY), NewsSql.tiersFrom(new Cursor(Sort.RELEVANCE, "f", day, null, 0f, 42)));
        NewsSql summaries = NewsSql.ofTier(search, Tier.SUMMARY, inSummaries);
        assertTrue(summaries.where().endsWith(" AND NOT n.title_vector @@ " + TS_QUERY
                + " AND (n.published_on, n.id) < (:afterPublished, :afterId)"), summaries.where());
        assertEquals(Map.of("today", TODAY, "q", "pension", "afterPublished", day, "afterId", 42L),
                summaries.parameters());
        NewsSql bodies = NewsSql.ofTier(search, Tier.BODY, inSummaries);
        assertEquals(NewsSql.ofTier(search, Tier.BODY, null), bodies, "a tier below the cursor's starts at its top");
        assertEquals(Tier.TITLE, Tier.of(2f));
        assertEquals(null, Tier.of(0.25f), "a ts_rank score of an older cursor names no tier");
    }

    /** The public filter after {@code after}: its keyset condition last, and only the keys of its sort bound. */
    private static void assertKeyset(Cursor after, String condition, Map<String, Object> keys) {
        NewsSql sql = NewsSql.of(filter().build(), after);
        assertEquals("WHERE " + PUBLIC + " AND " + condition, sql.where(), after.sort().value());
        Map<String, Object> parameters = new HashMap<>(keys);
        parameters.put("today", TODAY);
        parameters.put("afterId", 42L);
        assertEquals(parameters, sql.parameters(), after.sort().value());
    }

    private static Filter filter() {
        return new Filter();
    }

    /** The public filter of {@link #TODAY}, with the parts a test sets. */
    private static final class Filter {
        private YearMonth month;
        private Integer year;
        private LocalDate from;
        private LocalDate to;
        private Set<Long> topics = Set.of();
        private Set<String> countries = Set.of();
        private Set<Long> regions = Set.of();
        private Set<NewsType> types = EnumSet.noneOf(NewsType.class);
        private Set<String> languages = Set.of();
        private String query;
        private Instant updatedSince;
        private Set<Visibility> visibility = EnumSet.of(Visibility.PUBLISHED);

        Filter dates(String month, Integer year, LocalDate from, LocalDate to) {
            this.month = month == null ? null : YearMonth.parse(month);
            this.year = year;
            this.from = from;
            this.to = to;
            return this;
        }

        Filter tags(Set<Long> topics, Set<String> countries, Set<Long> regions) {
            this.topics = topics;
            this.countries = countries;
            this.regions = regions;
            return this;
        }

        Filter types(NewsType first, NewsType... more) {
            this.types = EnumSet.of(first, more);
            return this;
        }

        Filter languages(String... languages) {
            this.languages = Set.of(languages);
            return this;
        }

        Filter query(String query) {
            this.query = query;
            return this;
        }

        Filter updatedSince(Instant updatedSince) {
            this.updatedSince = updatedSince;
            return this;
        }

        Filter visibility(Set<Visibility> visibility) {
            this.visibility = visibility;
            return this;
        }

        /** The filter, searching in English alone as over the sample content (items in English only). */
        NewsFilter build() {
            return searchingIn(SearchLanguage.ENGLISH);
        }

        /** The filter, searching in the languages of {@code inUse} that it asks for. */
        NewsFilter searchingIn(SearchLanguage first, SearchLanguage... more) {
            return new NewsFilter(month, year, from, to, topics, countries, regions, types, languages, query,
                    updatedSince, visibility, TODAY).searchingIn(EnumSet.of(first, more));
        }
    }
}
