package org.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.web.WebPages.base;
import static org.newsdesk.web.WebPages.months;
import static org.newsdesk.web.WebPages.page;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The "News and features" page's list: items under their months, filters, the month archive and paging. */
@QuarkusTest
class HomePageIT {

    @Test
    void showsTheTwentySampleItemsUnderTheirMonthsNewestFirst() {
        Document page = page("/");
        Map<String, List<String>> expected = WebPages.sampleMonths();
        Map<String, List<String>> shown = months(page);

        assertEquals(List.copyOf(expected.keySet()), List.copyOf(shown.keySet()), "month headings, newest first");
        assertEquals("July 2022", page.selectFirst("main section.month h2").text());
        assertEquals(1, shown.get("July 2022").size());
        assertEquals(3, shown.get("June 2022").size());
        expected.forEach((month, titles) -> assertThat(month, shown.get(month),
                containsInAnyOrder(titles.toArray(String[]::new))));
        assertEquals(20, page.select("main section.month ol > li").size());
        // Within the page the order is the API's: publication date, then id, newest first.
        List<String> apiOrder = given().get("/api/v1/news").then().statusCode(200)
                .extract().jsonPath().getList("items.title");
        assertEquals(apiOrder, shown.values().stream().flatMap(List::stream).toList());
        assertEquals("Items 1–20 of 20.", page.selectFirst(".result-count").text());
    }

    @Test
    void eachItemHasItsLinkedTitleDateAndSummaryAndACreditOnlyWithAPicture() {
        Document page = page("/");
        Element first = page.selectFirst("main section.month li article");
        Element title = first.selectFirst("h3 > a");
        assertEquals("Expand social protection coverage to limit the effects of the pandemic, say trade unions",
                title.text());
        assertEquals(base() + "/news/expand-social-protection-coverage-to-limit-the-effects-of-the-pandemic-say-trade-unions",
                title.attr("href"));
        assertEquals("5 July 2022", first.selectFirst("time").text());
        assertEquals("2022-07-05", first.selectFirst("time").attr("datetime"));
        assertThat(first.selectFirst("p.summary").text(), startsWith("Trade union leaders and representatives"));

        Element domestic = page.select("main article").stream()
                .filter(article -> article.selectFirst("h3").text().startsWith("Only six per cent")).findFirst().orElseThrow();
        assertNull(domestic.selectFirst("img, p.credit"), "the sample's credit is of a picture it does not have");
    }

    @Test
    void filtersByTopicAndCountryWithTheApisParameters() {
        List<String> pensions = WebPages.sampleTagged("topics", "pensions");
        List<String> shown = titles(page("/?topic=pensions"));
        assertEquals(pensions.size(), shown.size());
        assertTrue(pensions.stream().allMatch(start -> shown.stream().anyMatch(title -> title.startsWith(start))), shown::toString);

        List<String> thailand = WebPages.sampleTagged("countries_iso2", "TH");
        List<String> inThailand = titles(page("/?country=th"));
        assertEquals(thailand.size(), inThailand.size());
        assertThat(inThailand.get(0), startsWith(thailand.get(0)));

        assertEquals(1, titles(page("/?topic=pensions&country=TH")).size());
        List<String> found = given().get("/api/v1/news?q=pension").then().statusCode(200)
                .extract().jsonPath().getList("items.title");
        assertThat(titles(page("/?q=pension")), containsInAnyOrder(found.toArray(String[]::new)));
        assertThat(titles(page("/?region=asia-pacific")).size(), is(given().get("/api/v1/news?region=asia-pacific")
                .then().statusCode(200).extract().jsonPath().getList("items").size()));
    }

    @Test
    void theFilterFormIsAPlainGetFormWithLabelledMenusFromTheTaxonomy() {
        Document page = page("/?topic=pensions&country=TH");
        Element form = page.selectFirst("form.filters");
        assertEquals("get", form.attr("method"));
        assertEquals("/", form.attr("action"));
        for (Element control : form.select("select, input:not([type=hidden])")) {
            assertNotNull(page.selectFirst("label[for=" + control.id() + "]"), "a label for " + control.id());
        }
        assertEquals("pensions", form.selectFirst("select[name=topic] option[selected]").val());
        assertEquals("Pensions (2)", form.selectFirst("select[name=topic] option[selected]").text());
        assertEquals("TH", form.selectFirst("select[name=country] option[selected]").val());
        assertNull(form.selectFirst("select[name=region] option[selected]"));
        // Only entries that have items: every option but "All …" has a count of at least 1.
        assertThat(form.select("select[name=topic] option").stream().skip(1).map(Element::text).toList(),
                everyItem(matchesPattern(".+ \\([1-9]\\d*\\)")));
        assertEquals(given().get("/api/v1/countries").then().statusCode(200)
                .extract().jsonPath().getList("items").size() + 1,
                form.select("select[name=country] option").size());
        assertEquals(base() + "/", form.selectFirst(".actions a").absUrl("href"), "a link that clears the filters");
        assertEquals("q", form.selectFirst("input[type=search]").attr("name"));
    }

    @Test
    void anEmptyResultSaysSoAndOffersToClearTheFilters() {
        Document page = page("/?topic=pensions&country=PT");
        assertTrue(page.select("main section.month").isEmpty());
        Element empty = page.selectFirst("main .empty");
        assertThat(empty.text(), containsString("No news matches these filters"));
        assertEquals(base() + "/", empty.selectFirst("a").absUrl("href"));
    }

    @Test
    void theMonthArchiveLinksEachMonthWithItsCountKeepingTheOtherFilters() {
        Document page = page("/");
        List<Element> months = page.select("aside.archive li");
        Map<String, List<String>> sample = WebPages.sampleMonths();
        assertEquals(sample.size(), months.size());
        assertEquals("July 2022 (1)", months.get(0).text());
        assertEquals(base() + "/?month=2022-07", months.get(0).selectFirst("a").attr("href"));
        assertEquals("June 2022 (3)", months.get(1).text());
        assertEquals(base() + "/?month=2022-06", months.get(1).selectFirst("a").attr("href"));

        Document june = page("/?month=2022-06");
        assertEquals(List.of("June 2022"), List.copyOf(months(june).keySet()));
        assertEquals(3, titles(june).size());
        assertEquals("page", june.selectFirst("aside.archive a[href$=month=2022-06]").attr("aria-current"));
        assertEquals("2022-06", june.selectFirst("form.filters input[type=hidden][name=month]").val());
        assertEquals(sample.size(), june.select("aside.archive li:has(.count)").size(), "the archive lists every month still");
        assertEquals(base() + "/", june.selectFirst("aside.archive a:contains(All months)").attr("href"));
        assertNull(page.selectFirst("aside.archive a:contains(All months)"));
        assertEquals(base() + "/?topic=pensions", page("/?topic=pensions&year=2022")
                .selectFirst("aside.archive a:contains(All months)").attr("href"));

        Document pensions = page("/?topic=pensions");
        assertEquals(List.of(base() + "/?topic=pensions&month=2022-05", base() + "/?topic=pensions&month=2022-02"),
                pensions.select("aside.archive a").eachAttr("href"));
    }

    @Test
    void pagesAreNumberedWithPreviousAndNextLinks() {
        Document second = page("/?size=5&page=2");
        List<String> all = given().get("/api/v1/news").then().statusCode(200)
                .extract().jsonPath().getList("items.title");
        assertEquals(all.subList(5, 10), titles(second));
        assertEquals("Items 6–10 of 20.", second.selectFirst(".result-count").text());
        Element nav = second.selectFirst("nav.pages");
        assertEquals(base() + "/?size=5", nav.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(base() + "/?size=5&page=3", nav.selectFirst("a[rel=next]").attr("href"));
        assertEquals(List.of("1", "2", "3", "4"), nav.select("a:not([rel])").eachText());
        assertEquals("2", nav.selectFirst("a[aria-current=page]").text());

        Document last = page("/?size=5&page=4&topic=");
        assertNull(last.selectFirst("nav.pages a[rel=next]"));
        assertNull(page("/").selectFirst("nav.pages"), "one page needs no page links");
        assertEquals(base() + "/?topic=pensions&size=1&page=2",
                page("/?topic=pensions&size=1").selectFirst("nav.pages a[rel=next]").attr("href"));
    }

    @Test
    void pagesReachedByTheApisCursorLinkOnByCursorAndBackToTheFirstPage() {
        List<String> all = given().get("/api/v1/news").then().statusCode(200)
                .extract().jsonPath().getList("items.title");
        String next = given().get("/api/v1/news?size=5").then().statusCode(200).extract().path("links.next");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());

        Document second = page("/?size=5&cursor=" + cursor);
        assertEquals(all.subList(5, 10), titles(second));
        assertEquals("5 items of 20.", second.selectFirst(".result-count").text());
        assertEquals(base() + "/?size=5", second.selectFirst("nav.pages a:contains(First page)").attr("href"));
        assertNull(second.selectFirst("nav.pages a[rel=prev]"), "a cursor only leads on");
        String third = second.selectFirst("nav.pages a[rel=next]").attr("href");
        assertThat(third, startsWith(base() + "/?size=5&cursor="));
        assertEquals(all.subList(10, 15), titles(page(third.substring(base().length()))));
        assertEquals(base() + "/?size=5", second.selectFirst("link[rel=canonical]").attr("href"),
                "the canonical page leaves the cursor out");
    }

    private static List<String> titles(Document page) {
        return new ArrayList<>(page.select("main section.month h3").eachText());
    }
}
