package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsdesk.news.ParserFixture.violation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.news.NewsFilterParser.ListRequest;
import org.newsdesk.news.Paging.Sort;
import org.newsdesk.platform.problem.InvalidParametersException;

/** Sort, page, size, cursor and facets of a news list as NewsFilterParser reads them, checked with the filters. */
class NewsListRequestTest {

    private static final String DEEP =
            "page numbers reach the first 1000 items; go deeper by following links.next (cursor)";
    private static final String DAMAGED = "is not a cursor this service made (damaged or altered)";

    private final ParserFixture fixture = new ParserFixture();

    @Test
    void theFirstPageOfTwentyNewestByDefaultAndByRelevanceWhenSearching() {
        ListRequest request = fixture.list("");
        assertEquals(new Paging(1, 20, Sort.NEWEST, null), request.paging());
        assertEquals(Set.of(), request.facets());
        assertEquals(new Paging(1, 20, Sort.RELEVANCE, null), fixture.list("q=pension").paging());
        assertEquals(new Paging(1, 20, Sort.NEWEST, null), fixture.list("q=%20").paging(), "a blank q is no search");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sort=newest              | NEWEST    | 1   | 20",
        "sort=%20oldest%20        | OLDEST    | 1   | 20",
        "sort=updated&size=1      | UPDATED   | 1   | 1",
        "sort=relevance&q=pension | RELEVANCE | 1   | 20",
        "sort=newest&q=pension    | NEWEST    | 1   | 20",
        "page=3&size=100          | NEWEST    | 3   | 100",
        "page=%202%20             | NEWEST    | 2   | 20",
        "page=50                  | NEWEST    | 50  | 20",
        "page=10&size=100         | NEWEST    | 10  | 100",
        "page=1000&size=1         | NEWEST    | 1000 | 1",
        "page=1&size=100          | NEWEST    | 1   | 100"
    })
    void sortPageAndSizeAreReadStrippedWithinTheirLimits(String query, Sort sort, int page, int size) {
        assertEquals(new Paging(page, size, sort, null), fixture.list(query).paging());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "size=0                | size   | must be a whole number from 1 to 100",
        "size=101              | size   | must be a whole number from 1 to 100",
        "size=ten              | size   | must be a whole number from 1 to 100",
        "page=0                | page   | must be a whole number from 1",
        "page=-1               | page   | must be a whole number from 1",
        "page=99999999999      | page   | must be a whole number from 1",
        "page=1.5              | page   | must be a whole number from 1",
        "sort=random           | sort   | must be newest, oldest, relevance or updated",
        "sort=Newest           | sort   | must be newest, oldest, relevance or updated",
        "sort=relevance        | sort   | relevance needs a search query (q)",
        "sort=relevance&q=%20  | sort   | relevance needs a search query (q)",
        "page=51               | page   | " + DEEP,
        "page=51&size=20       | page   | " + DEEP,
        "page=11&size=100      | page   | " + DEEP,
        "page=1001&size=1      | page   | " + DEEP,
        "facets=topic,colour   | facets | 'colour' is not one of topic, country, region, type, month, year",
        "cursor=abc            | cursor | " + DAMAGED,
        "cursor=abc&page=1     | cursor | cannot be combined with page"
    })
    void aWrongValueIsOneViolationNamingTheParameter(String query, String field, String message) {
        assertEquals(List.of(violation(field, message)), fixture.listViolations(query));
    }

    @Test
    void facetsAreNamedInAnyCaseRepeatedOrCommaSeparated() {
        assertEquals(EnumSet.of(Dimension.TOPIC, Dimension.COUNTRY, Dimension.YEAR),
                fixture.list("facets=topic,Country&facets=YEAR,topic").facets());
        assertEquals(EnumSet.allOf(Dimension.class),
                fixture.list("facets=topic,country,region,type,month,year").facets());
    }

    @Test
    void aCursorContinuesItsListInItsOwnSort() {
        Cursor oldest = cursor("topic=pensions", Sort.OLDEST);
        String encoded = fixture.cursors.encode(oldest);
        assertEquals(new ListRequest(fixture.filter("topic=pensions"), new Paging(null, 20, Sort.OLDEST, oldest),
                Set.of()), fixture.list("topic=pensions&cursor=" + encoded));
        assertEquals(new Paging(null, 5, Sort.OLDEST, oldest),
                fixture.list("topic=pensions&size=5&sort=oldest&cursor=%20" + encoded + "%20").paging());
        Cursor relevance = cursor("q=pension", Sort.RELEVANCE);
        assertEquals(new Paging(null, 20, Sort.RELEVANCE, relevance),
                fixture.list("q=pension&cursor=" + fixture.cursors.encode(relevance)).paging());
        assertEquals(new Paging(1, 20, Sort.NEWEST, null), fixture.list("cursor=%20").paging(), "a blank cursor");
    }

    @Test
    void aCursorIsRefusedForAnotherSortOrAnotherList() {
        String newest = fixture.cursors.encode(cursor("topic=pensions", Sort.NEWEST));
        assertEquals(List.of(violation("cursor",
                "was made for sort=newest; start again from the first page to sort otherwise")),
                fixture.listViolations("topic=pensions&sort=oldest&cursor=" + newest));
        assertEquals(List.of(violation("cursor",
                "belongs to a list with other filters; start again from the first page")),
                fixture.listViolations("topic=children&cursor=" + newest));
        assertEquals(List.of(violation("cursor", "cannot be combined with page")),
                fixture.listViolations("topic=pensions&page=2&cursor=" + newest));
    }

    @Test
    void aCursorIsNotReadWhileOtherParametersAreWrong() {
        // A cursor is bound to the filter, which is meaningless while any parameter is wrong.
        assertEquals(List.of(violation("month", "must be a month as YYYY-MM, such as 2022-06")),
                fixture.listViolations("month=2022-13&cursor=abc"));
        assertEquals(List.of(violation("sort", "must be newest, oldest, relevance or updated")),
                fixture.listViolations("sort=random&cursor=abc"));
        assertEquals(List.of(violation("size", "must be a whole number from 1 to 100")),
                fixture.listViolations("size=0&cursor=abc"));
    }

    @Test
    void everyProblemIsReportedInOneAnswerInTheParsersOrder() {
        InvalidParametersException refused = assertThrows(InvalidParametersException.class,
                () -> fixture.list("month=2022-13&size=0&page=0&sort=random&country=PRT"));
        assertEquals(List.of(violation("month", "must be a month as YYYY-MM, such as 2022-06"),
                violation("country", "'PRT' is not an ISO 3166-1 alpha-2 code such as TH"),
                violation("sort", "must be newest, oldest, relevance or updated"),
                violation("page", "must be a whole number from 1"),
                violation("size", "must be a whole number from 1 to 100")), refused.violations());
        assertEquals("month: must be a month as YYYY-MM, such as 2022-06; country: 'PRT' is not an ISO 3166-1 alpha-2 "
                + "code such as TH; sort: must be newest, oldest, relevance or updated; page: must be a whole number "
                + "from 1; size: must be a whole number from 1 to 100", refused.getMessage());
        // Filters, then facets, sort, page and size; a page too deep is judged at the default size and comes last.
        assertEquals(List.of("topic", "facets", "sort", "size", "page"), fixture
                .listViolations("page=60&size=0&sort=relevance&facets=colour&topic=astrology").stream()
                .map(v -> v.field()).toList());
    }

    /** A cursor that the list of {@code query} could have made, after an item of 30 June 2022. */
    private Cursor cursor(String query, Sort sort) {
        return new Cursor(sort, CursorCodec.fingerprint(fixture.filter(query)), LocalDate.of(2022, 6, 30), null,
                sort == Sort.RELEVANCE ? 1f : null, 42);
    }
}
