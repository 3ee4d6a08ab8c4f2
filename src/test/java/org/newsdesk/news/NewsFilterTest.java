package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.news.NewsFilter.CountedKey;
import org.newsdesk.news.NewsFilter.Dimension;

/** Which filters ask for every public item: those whose facets come from the maintained counts. */
class NewsFilterTest {

    private final ParserFixture fixture = new ParserFixture();

    @ParameterizedTest
    @ValueSource(strings = {"", "status=published", "q=%20%20"})
    void nothingButThePublicsVisibilityIsEveryPublicItem(String query) {
        assertTrue(fixture.filter(query).everyPublicItem(), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"month=2022-06", "year=2022", "from=1900-01-01", "to=9999-12-31", "topic=pensions",
        "country=TH", "region=africa", "type=news", "q=pension", "updatedSince=2024-01-01T00:00:00Z",
        "status=draft", "status=published,scheduled", "status=retired"})
    void anyOtherPartNarrowsIt(String query) {
        assertFalse(fixture.filter(query).everyPublicItem(), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "month=2022-06", "year=2022", "from=1900-01-01&to=9999-12-31", "sort=oldest",
        "q=%20%20"})
    void aPublicListNarrowedByDatesAtMostIsPlannedAlikeForEveryValue(String query) {
        assertTrue(fixture.filter(query).datesAtMost(), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"topic=pensions", "country=TH", "region=africa", "type=news", "q=pension",
        "month=2022-06&q=pension", "updatedSince=2024-01-01T00:00:00Z", "status=draft", "status=published,scheduled"})
    void aTagATypeAWordOrAnotherVisibilityIsNot(String query) {
        assertFalse(fixture.filter(query).datesAtMost(), query);
    }

    @Test
    void aDimensionsOwnFilterIsLeftOutOfItsFacet() {
        List<String> queries = List.of("topic=pensions", "country=TH", "region=africa", "type=news", "month=2022-06",
                "year=2022");
        for (Dimension dimension : Dimension.values()) {
            NewsFilter filter = fixture.filter(queries.get(dimension.ordinal()));
            assertEquals(List.of(dimension), Arrays.stream(Dimension.values())
                    .filter(other -> filter.without(other).everyPublicItem()).toList(), filter.toString());
        }
        assertTrue(fixture.filter("month=2022-06&year=2022").without(Dimension.MONTH).without(Dimension.YEAR)
                .everyPublicItem());
        assertFalse(fixture.filter("topic=pensions&country=TH").without(Dimension.TOPIC).everyPublicItem());
    }

    @Test
    void theWholeListOrOneTagOrTypeIsCountedUnderOneMaintainedKey() {
        assertEquals(Optional.of(key("type", null)), fixture.filter("").countedKey());
        assertEquals(Optional.of(key("topic", "1")), fixture.filter("topic=pensions").countedKey());
        assertEquals(Optional.of(key("country", "TH")), fixture.filter("country=TH").countedKey());
        assertEquals(Optional.of(key("region", "11")), fixture.filter("region=africa").countedKey());
        assertEquals(Optional.of(key("type", "news")), fixture.filter("type=news").countedKey());
        assertEquals(Optional.of(key("topic_country", "1 TH")), fixture.filter("topic=pensions&country=TH").countedKey());
    }

    @Test
    void wholeMonthsNarrowTheKeysMonths() {
        LocalDate june = LocalDate.of(2022, 6, 1);
        assertEquals(Optional.of(new CountedKey("type", null, june, june)), fixture.filter("month=2022-06").countedKey());
        assertEquals(Optional.of(new CountedKey("topic", "1", LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 1))),
                fixture.filter("topic=pensions&year=2022").countedKey());
        assertEquals(Optional.of(new CountedKey("topic_country", "1 TH", june, null)),
                fixture.filter("topic=pensions&country=TH&from=2022-06-01").countedKey());
        assertEquals(Optional.of(new CountedKey("region", "11", null, june)),
                fixture.filter("region=africa&to=2022-06-30").countedKey());
        assertEquals(Optional.of(new CountedKey("type", null, june, june)),
                fixture.filter("year=2022&month=2022-06&from=2022-01-01").countedKey(), "the narrowest range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"topic=pensions,children", "topic=pensions,children&country=TH", "type=news,feature",
        "topic=pensions&country=TH&region=africa", "topic=pensions&type=news", "country=TH&q=pension",
        "region=africa&status=published,scheduled", "type=news&updatedSince=2024-01-01T00:00:00Z",
        "from=1900-01-02", "to=2022-06-29", "month=2022-06&from=2022-06-10", "q=pension", "status=draft"})
    void anyOtherFilterIsCountedOverItsItems(String query) {
        assertEquals(Optional.empty(), fixture.filter(query).countedKey(), query);
    }

    private static CountedKey key(String dimension, String value) {
        return new CountedKey(dimension, value, null, null);
    }
}
