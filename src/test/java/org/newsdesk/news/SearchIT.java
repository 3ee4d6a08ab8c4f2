package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Full-text search over the sample content, plus items this test owns for weighting and escaping. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

    private static final String ARMENIA = "armenia-ilo-social-security-standards-as-a-guiding-framework-to-implement-the-human-right-to-social";

    @RegisterExtension
    static final NewsFixture NEWS = new NewsFixture();

    @BeforeAll
    void createOwnedItems() {
        // The same rare word in the title of one item, the summary of another and the body of a third,
        // with the body item newest so that date order alone would put it first.
        NEWS.createText("search-in-body", "An ordinary headline", "An ordinary summary.",
                "Researchers looked at the axolotl habitat.", LocalDate.of(1990, 3, 3));
        NEWS.createText("search-in-summary", "Another ordinary headline", "A summary about the axolotl.",
                "Nothing here.", LocalDate.of(1990, 2, 2));
        NEWS.createText("search-in-title", "The axolotl report", "Nothing to see.", null, LocalDate.of(1990, 1, 1));
        NEWS.createText("search-hostile", "<script>alert('x')</script> & the quokka",
                "A \"quoted\" <b>bold</b> quokka.", "Body with <img src=x onerror=alert(1)> quokka.",
                LocalDate.of(1990, 4, 4));
    }

    private static ValidatableResponse search(String q) {
        return given().queryParam("q", q).get("/api/v1/news").then().statusCode(200);
    }

    @Test
    void stemsEnglishWords() {
        search("pensions").body("items.slug", contains(SampleSlugs.THAILAND_PENSIONS));
        search("pension").body("items.slug", contains(SampleSlugs.THAILAND_PENSIONS));
        search("ratifying").body("items.slug", contains(
                "ilo-reaches-ratification-target-for-landmark-social-security-convention"));
    }

    @Test
    void quotedPhrasesKeepTheirWordOrder() {
        search("\"domestic workers\"").body("items.slug", contains(SampleSlugs.DOMESTIC_WORKERS));
        search("\"workers domestic\"").body("items", empty());
        search("workers domestic").body("items.slug", hasItem(SampleSlugs.DOMESTIC_WORKERS));
    }

    @Test
    void minusExcludesAndOrWidens() {
        search("social security").body("items.slug", hasItem(ARMENIA));
        search("social security -armenia").body("items.slug", not(hasItem(ARMENIA)))
                .body("items.slug", hasItem("ilo-reaches-ratification-target-for-landmark-social-security-convention"));
        search("thailand or lebanon").body("page.totalItems", is(2));
        search("thailand lebanon").body("items", empty());
    }

    @Test
    void ranksTitleAboveSummaryAboveBody() {
        search("axolotl").body("items.slug", contains("search-in-title", "search-in-summary", "search-in-body"));
    }

    @Test
    void relevanceIsTheDefaultOrderWithQAndDatesStillSortOnRequest() {
        search("axolotl").body("items.slug", contains("search-in-title", "search-in-summary", "search-in-body"));
        given().queryParam("q", "axolotl").queryParam("sort", "newest").get("/api/v1/news").then().statusCode(200)
                .body("items.slug", contains("search-in-body", "search-in-summary", "search-in-title"));
    }

    @Test
    void marksTheMatchingWords() {
        search("pensions")
                .body("items[0].highlight.title", is("Reform needed for Thailand’s <mark>pension</mark> system, not new schemes"))
                .body("items[0].highlight.summary", containsString("retirement <mark>pension</mark> scheme"))
                .body("items[0].highlight.body", nullValue());
        search("axolotl").body("items[2].highlight.body", containsString("<mark>axolotl</mark>"));
    }

    @Test
    void highlightsEscapeEverythingButTheMarks() {
        search("quokka")
                .body("items[0].title", is("<script>alert('x')</script> & the quokka"))
                .body("items[0].highlight.title",
                        is("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; the <mark>quokka</mark>"))
                .body("items[0].highlight.summary", is("A &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt; <mark>quokka</mark>."))
                // The body is HTML: its excerpt is its text, without the markup.
                .body("items[0].highlight.body", is("Body with <mark>quokka</mark>."));
    }

    @Test
    void listsWithoutQHaveNoHighlight() {
        given().get("/api/v1/news?size=1").then().statusCode(200)
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("highlight")));
    }

    @Test
    void searchCombinesWithFilters() {
        given().queryParam("q", "social protection").queryParam("region", "asia-pacific").get("/api/v1/news").then()
                .statusCode(200)
                .body("items.regions.slug", everyItem(hasItem("asia-pacific")))
                .body("page.totalItems", lessThan(9));
        given().queryParam("q", "pension").queryParam("year", "2021").get("/api/v1/news").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void archiveTakesQ() {
        given().queryParam("q", "pension").get("/api/v1/news/archive").then().statusCode(200)
                .body("months.month", contains("2022-02"));
    }

    @Test
    void blankQIsNoSearch() {
        int all = given().get("/api/v1/news").then().statusCode(200).extract().path("page.totalItems");
        given().get("/api/v1/news?q=").then().statusCode(200).body("page.totalItems", is(all))
                .body("items[0].slug", is(SampleSlugs.NEWEST));
        given().queryParam("q", "   ").get("/api/v1/news").then().statusCode(200).body("page.totalItems", is(all));
    }

    @ParameterizedTest
    @ValueSource(strings = {"!!!", "(", ")", "\"unbalanced", "-", "--", "or", "a & b | c:*", "' OR 1=1 --", "\\",
        "<script>", "the", "“curly” — dash", "🙂 emoji", "\u0000nul\u0001", "קורונה"})
    void hostileOrOddQueriesNeverFail(String q) {
        search(q).body("items", notNullValue()).body("page.totalItems", notNullValue());
    }

    @Test
    void longestAllowedQueryIsFine() {
        search("word ".repeat(100).strip()).body("items", empty());
    }

    @Test
    void sortByRelevanceNeedsQAndQHasALimit() {
        given().get("/api/v1/news?sort=relevance").then().statusCode(400)
                .body("violations[0].field", is("sort"))
                .body("violations[0].message", is("relevance needs a search query (q)"));
        given().queryParam("q", "x".repeat(501)).get("/api/v1/news").then().statusCode(400)
                .body("violations[0].field", is("q"));
    }
}
