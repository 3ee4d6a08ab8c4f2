package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.news.ParserFixture.SESSION;
import static org.newsdesk.news.ParserFixture.TODAY;
import static org.newsdesk.news.ParserFixture.filterParams;
import static org.newsdesk.news.ParserFixture.violation;
import static org.newsdesk.news.ParserFixture.violations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.platform.http.ParamChecks;

/** The filters of news lists, feeds and the archive as NewsFilterParser reads them: values, defaults, problems. */
class NewsFilterParserTest {

    private static final NewsFilter PUBLIC = new NewsFilter(null, null, null, null, Set.of(), Set.of(), Set.of(),
            EnumSet.noneOf(NewsType.class), Set.of(), null, null, EnumSet.of(Visibility.PUBLISHED), TODAY);
    private static final String RANGE_UPDATED = "must be from 1900-01-01T00:00:00Z to 9999-12-31T23:59:59Z";
    private static final String SHAPE_UPDATED =
            "must be an ISO 8601 date-time with offset, such as 2026-11-01T00:00:00Z";

    private final ParserFixture fixture = new ParserFixture();

    @ParameterizedTest
    @ValueSource(strings = {"", "q=%20%20%20", "q=%00%01",
        "month=&year=%20&from=&to=&topic=&country=%20,&region=,,&type=&q=&updatedSince=&status="})
    void nothingOrBlanksIsThePublicListOfTheClockZonesToday(String query) {
        assertEquals(PUBLIC, fixture.filter(query));
        assertEquals(List.of(), fixture.vocabulary.lookups, "nothing to look up");
    }

    @Test
    void datesAreReadStrippedUpToTheirBounds() {
        NewsFilter filter = fixture.filter("month=%202022-06%20&year=2022&from=2022-01-01&to=2022-06-30");
        assertEquals(YearMonth.of(2022, 6), filter.month());
        assertEquals(2022, filter.year());
        assertEquals(LocalDate.of(2022, 1, 1), filter.from());
        assertEquals(LocalDate.of(2022, 6, 30), filter.to());
        NewsFilter bounds = fixture.filter("month=1900-01&year=9999&from=1900-01-01&to=9999-12-31");
        assertEquals(YearMonth.of(1900, 1), bounds.month());
        assertEquals(9999, bounds.year());
        assertEquals(LocalDate.of(1900, 1, 1), bounds.from());
        assertEquals(LocalDate.of(9999, 12, 31), bounds.to());
        assertEquals(LocalDate.of(2022, 6, 1), fixture.filter("from=2022-06-01&to=2022-06-01").from(), "one day");
    }

    @Test
    void slugsAndCodesAreReadInAnyCaseRepeatedOrCommaSeparated() {
        NewsFilter filter = fixture.filter("topic=Pensions&topic=children,%20pensions,&region=africa,ASIA-PACIFIC"
                + "&country=id,pT&country=ID&type=news,feature&type=press-release");
        assertEquals(Set.of(1L, 2L), filter.topicIds());
        assertEquals(Set.of(11L, 10L), filter.regionIds());
        assertEquals(Set.of("ID", "PT"), filter.countryCodes());
        assertEquals(EnumSet.of(NewsType.NEWS, NewsType.FEATURE, NewsType.PRESS_RELEASE), filter.types());
        // Each is looked up once, lower-cased (codes upper-cased) and without repeats, in the order sent.
        assertEquals(List.of("topic pensions,children", "region africa,asia-pacific", "country ID,PT"),
                fixture.vocabulary.lookups);
    }

    @Test
    void languagesAreISO639CodesInAnyCaseRepeatedOrCommaSeparated() {
        assertEquals(Set.of("fr", "es", "en"), fixture.filter("lang=FR,es&lang=%20en%20,fr").languages());
        assertEquals(List.of(violation("lang", "'fr-CA' is not an ISO 639-1 language code such as fr"),
                violation("lang", "'xx' is not an ISO 639-1 language code such as fr")),
                fixture.filterViolations("lang=fr-CA,xx,es"));
    }

    @Test
    void aLanguageNarrowsTheListSoNoMaintainedCountServesIt() {
        NewsFilter french = fixture.filter("lang=fr");
        assertFalse(french.everyPublicItem());
        assertFalse(french.datesAtMost());
        assertEquals(Optional.empty(), french.countedKey());
        assertEquals(Optional.empty(), fixture.filter("lang=fr&topic=pensions").countedKey());
        assertEquals(PUBLIC.canonical(), fixture.filter("").canonical(), "cursors made before languages stay valid");
        assertNotEquals(PUBLIC.canonical(), french.canonical());
    }

    @Test
    void theSearchIsStrippedOfControlCharactersAndLimitedInLength() {
        assertEquals("pension reform", fixture.filter("q=%20pension+reform%20").query());
        assertEquals("nul one", fixture.filter("q=%00nul%01one%0A").query());
        assertEquals("x".repeat(500), fixture.filter("q=%20" + "x".repeat(500) + "%00").query());
        assertEquals(List.of(violation("q", "must be at most 500 characters")),
                fixture.filterViolations("q=" + "x".repeat(501)));
    }

    @Test
    void updatedSinceTakesAnyOffsetAndAnUnencodedPlus() {
        Instant midnight = Instant.parse("2000-01-01T00:00:00Z");
        assertEquals(midnight, fixture.filter("updatedSince=2000-01-01T00:00:00Z").updatedSince());
        assertEquals(midnight, fixture.filter("updatedSince=2000-01-01T02:00:00%2B02:00").updatedSince());
        assertEquals(midnight, fixture.filter("updatedSince=2000-01-01T02:00:00+02:00").updatedSince());
        assertEquals(midnight, fixture.filter("updatedSince=1999-12-31T19:00:00-05:00").updatedSince());
        assertEquals(Instant.parse("1900-01-01T00:00:00Z"),
                fixture.filter("updatedSince=1900-01-01T00:00:00Z").updatedSince());
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"),
                fixture.filter("updatedSince=9999-12-31T23:59:59Z").updatedSince());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "month=2022-13      | month   | must be a month as YYYY-MM, such as 2022-06",
        "month=2022-6       | month   | must be a month as YYYY-MM, such as 2022-06",
        "month=0000-01      | month   | must be a month from 1900-01 to 9999-12",
        "month=1899-12      | month   | must be a month from 1900-01 to 9999-12",
        "year=22            | year    | must be a year as YYYY, such as 2022",
        "year=0             | year    | must be a year as YYYY, such as 2022",
        "year=-5            | year    | must be a year as YYYY, such as 2022",
        "year=0000          | year    | must be a year from 1900 to 9999",
        "year=1899          | year    | must be a year from 1900 to 9999",
        "from=yesterday     | from    | must be a date as YYYY-MM-DD, such as 2022-06-30",
        "from=0001-01-01    | from    | must be a date from 1900-01-01 to 9999-12-31",
        "from=1899-12-31    | from    | must be a date from 1900-01-01 to 9999-12-31",
        "to=2022-02-30      | to      | must be a date as YYYY-MM-DD, such as 2022-06-30",
        "to=99999-12-31     | to      | must be a date as YYYY-MM-DD, such as 2022-06-30",
        "to=0000-01-01      | to      | must be a date from 1900-01-01 to 9999-12-31",
        "from=2022-06-30&to=2022-06-01 | from | must not be after to (2022-06-01)",
        "topic=astrology    | topic   | unknown topic 'astrology'",
        "topic=no_slug!     | topic   | 'no_slug!' is not a slug (lower-case words joined by hyphens)",
        "topic=pensions,astrology,Alchemy | topic | unknown topic 'astrology', 'alchemy'",
        "region=atlantis    | region  | unknown region 'atlantis'",
        "region=Asia_Pacific | region | 'Asia_Pacific' is not a slug (lower-case words joined by hyphens)",
        "country=PRT        | country | 'PRT' is not an ISO 3166-1 alpha-2 code such as TH",
        "country=ZZ         | country | unknown country 'ZZ'",
        "country=TH,qq      | country | unknown country 'QQ'",
        "type=blog          | type    | 'blog' is not one of news, feature, press-release, statement",
        "type=News          | type    | 'News' is not one of news, feature, press-release, statement",
        "updatedSince=yesterday | updatedSince | " + SHAPE_UPDATED,
        "updatedSince=2026-11-01T00:00:00 | updatedSince | " + SHAPE_UPDATED,
        "updatedSince=0001-01-01T00:00:00Z | updatedSince | " + RANGE_UPDATED,
        "updatedSince=-4713-01-01T00:00:00Z | updatedSince | " + RANGE_UPDATED,
        "updatedSince=-290308-01-01T00:00:00Z | updatedSince | " + RANGE_UPDATED,
        "updatedSince=%2B10000-01-01T00:00:00Z | updatedSince | " + RANGE_UPDATED,
        "updatedSince=%2B999999999-12-31T23:59:59Z | updatedSince | " + RANGE_UPDATED,
        "updatedSince=1900-01-01T00:30:00%2B01:00 | updatedSince | " + RANGE_UPDATED,
        "updatedSince=9999-12-31T23:59:59-01:00 | updatedSince | " + RANGE_UPDATED,
        "status=bogus       | status  | 'bogus' is not one of draft, scheduled, published, retired",
        "status=draft,scheduled,nope | status | 'nope' is not one of draft, scheduled, published, retired"
    })
    void aWrongValueIsOneViolationNamingTheParameter(String query, String field, String message) {
        assertEquals(List.of(violation(field, message)), fixture.filterViolations(query));
    }

    @Test
    void aSlugLongerThanAnyStoredOneIsNotASlug() {
        String longest = "a".repeat(120);
        assertEquals(List.of(violation("topic", "unknown topic '" + longest + "'")),
                fixture.filterViolations("topic=" + longest));
        String longer = "a".repeat(121);
        assertEquals(List.of(violation("topic", "'" + longer + "' is not a slug (lower-case words joined by hyphens)")),
                fixture.filterViolations("topic=" + longer));
    }

    @Test
    void malformedValuesComeFirstAndAreNotLookedUp() {
        assertEquals(List.of(violation("topic", "'no_slug!' is not a slug (lower-case words joined by hyphens)"),
                violation("topic", "unknown topic 'astrology', 'alchemy'")),
                fixture.filterViolations("topic=astrology,no_slug!,pensions,Alchemy"));
        assertEquals(List.of("topic astrology,pensions,alchemy"), fixture.vocabulary.lookups);
    }

    @Test
    void everyProblemIsReportedInTheParsersOrderWhateverTheOrderSent() {
        String query = "status=bogus&updatedSince=yesterday&q=" + "x".repeat(501)
                + "&type=blog&country=PRT&region=atlantis&topic=astrology&to=2022-02-30&from=yesterday&year=22"
                + "&month=2022-13";
        assertEquals(List.of("month", "year", "from", "to", "topic", "region", "country", "type", "q", "updatedSince",
                "status"), fixture.filterViolations(query).stream().map(v -> v.field()).toList());
        assertEquals(List.of(violation("topic", "unknown topic 'astrology', 'alchemy'"),
                violation("country", "unknown country 'QQ'")),
                fixture.filterViolations("topic=pensions,astrology,alchemy&country=TH,QQ"));
    }

    @Test
    void checksOfTheCallersOwnStayInTheOrderAdded() {
        ParamChecks checks = new ParamChecks();
        checks.add("limit", "must be a whole number from 1 to 100");
        NewsFilter filter = fixture.parser.filter(SESSION, filterParams("topic=no-such-topic&country=TH"), checks);
        assertEquals(Set.of("TH"), filter.countryCodes(), "recorded, not thrown");
        assertEquals(List.of(violation("limit", "must be a whole number from 1 to 100"),
                violation("topic", "unknown topic 'no-such-topic'")), violations(checks::throwIfAny));
    }

    @Test
    void thePublicSeesPublishedItemsAndEditorsChooseStates() {
        assertEquals(EnumSet.of(Visibility.PUBLISHED), fixture.filter("").visibility());
        assertEquals(EnumSet.of(Visibility.DRAFT, Visibility.SCHEDULED, Visibility.RETIRED),
                fixture.filter("status=draft,%20Scheduled&status=RETIRED").visibility());
        assertEquals(EnumSet.of(Visibility.PUBLISHED), fixture.filter("status=published").visibility());
        // Asking for a state is what needs an editor; a blank status asks for nothing and is the public view.
        assertFalse(filterParams("").asksForStatus());
        assertFalse(filterParams("status=&status=%20").asksForStatus());
        assertEquals(PUBLIC, fixture.filter("status=&status=%20"));
        assertTrue(filterParams("status=&status=draft").asksForStatus());
        assertTrue(filterParams("status=published").asksForStatus());
    }

    @Test
    void aFilterHoldsExactlyWhatWasAsked() {
        NewsFilter filter = fixture.filter("year=2021&topic=pensions");
        assertEquals(new NewsFilter(null, 2021, null, null, Set.of(1L), Set.of(), Set.of(),
                EnumSet.noneOf(NewsType.class), Set.of(), null, null, EnumSet.of(Visibility.PUBLISHED), TODAY),
                filter);
    }
}
