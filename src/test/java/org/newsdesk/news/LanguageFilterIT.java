package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code lang} narrows lists, counts, facets, the archive, searches and feeds to items in those languages (any of
 * them when several are given); without it every language is listed. Two French items and one Spanish item of this
 * test's own, beside the English sample content.
 */
@QuarkusTest
class LanguageFilterIT {

    private static final String FRENCH_NEW = "lang-test-protection-sociale";
    private static final String FRENCH_OLD = "lang-test-retraites";
    private static final String SPANISH = "lang-test-pensiones";

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @BeforeEach
    void threeItemsInTwoLanguages() throws SQLException {
        language(news.create(FRENCH_NEW, LocalDate.of(2024, 3, 5), NewsType.FEATURE, List.of("pensions"), List.of("FR"),
                List.of()), "fr");
        language(news.create(FRENCH_OLD, LocalDate.of(2023, 1, 10), NewsType.NEWS, List.of(), List.of("SN"), List.of()),
                "fr");
        language(news.create(SPANISH, LocalDate.of(2024, 3, 20), NewsType.NEWS, List.of("pensions"), List.of("ES"),
                List.of()), "es");
    }

    private void language(long id, String language) throws SQLException {
        news.execute("UPDATE news_item SET language = ? WHERE id = ?", language, id);
    }

    private static ValidatableResponse list(String query) {
        return given().get("/api/v1/news" + query).then().statusCode(200);
    }

    @Test
    void oneLanguageListsOnlyItsItemsCountedExactly() {
        list("?lang=fr")
                .body("items.slug", contains(FRENCH_NEW, FRENCH_OLD))
                .body("items.language", everyItem(is("fr")))
                .body("page.totalItems", is(2))
                .body("page.totalItemsExact", is(true));
    }

    @Test
    void severalLanguagesMatchAnyOfThemRepeatedOrCommaSeparatedInAnyCase() {
        list("?lang=fr,es").body("items.slug", contains(SPANISH, FRENCH_NEW, FRENCH_OLD));
        list("?lang=FR&lang=Es").body("items.slug", contains(SPANISH, FRENCH_NEW, FRENCH_OLD));
    }

    @Test
    void withoutItEveryLanguageIsListed() {
        list("?size=100")
                .body("items.slug", hasItems(SPANISH, FRENCH_NEW, FRENCH_OLD))
                .body("items.language", hasItems("en", "fr", "es"));
        list("?lang=en&size=100")
                .body("items.slug", not(hasItems(FRENCH_NEW)))
                .body("items.slug", not(hasItems(SPANISH)))
                .body("items.language", everyItem(is("en")))
                .body("page.totalItems", is(20)); // the sample content's items
    }

    @Test
    void otherFiltersNarrowTheLanguageFurther() {
        list("?lang=fr&topic=pensions").body("items.slug", contains(FRENCH_NEW));
        list("?lang=fr,es&country=ES").body("items.slug", contains(SPANISH));
        list("?lang=es&year=2023").body("items", hasSize(0)).body("page.totalItems", is(0));
    }

    @Test
    void facetsCountOnlyTheLanguagesItems() {
        list("?lang=fr&facets=type,country,year")
                .body("facets.type.value", containsInAnyOrder("feature", "news"))
                .body("facets.type.count", contains(1, 1))
                .body("facets.country.value", containsInAnyOrder("FR", "SN"))
                .body("facets.year.value", contains("2024", "2023"));
        list("?lang=es&facets=topic").body("facets.topic.value", contains("pensions"))
                .body("facets.topic.count", contains(1));
    }

    @Test
    void theArchiveCountsTheLanguagesMonths() {
        given().get("/api/v1/news/archive?lang=fr").then().statusCode(200)
                .body("months.month", contains("2024-03", "2023-01"))
                .body("months.count", contains(1, 1));
    }

    @Test
    void aSearchKeepsToTheLanguage() {
        list("?q=" + FRENCH_NEW.replace('-', ' ') + "&lang=es").body("items", hasSize(0));
        list("?q=" + FRENCH_NEW.replace('-', ' ') + "&lang=fr").body("items.slug", contains(FRENCH_NEW));
    }

    @Test
    void feedsKeepToTheLanguage() {
        given().get("/feeds/news.json?lang=es").then().statusCode(200)
                .body("items.url", contains(endsWith("/news/" + SPANISH)));
    }

    @Test
    void aCursorBelongsToItsLanguages() {
        String next = given().get("/api/v1/news?lang=fr&size=1").then().statusCode(200)
                .body("items.slug", contains(FRENCH_NEW)).extract().path("links.next");
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length()).split("&")[0];
        given().queryParam("cursor", cursor).queryParam("lang", "fr").queryParam("size", 1).get("/api/v1/news")
                .then().statusCode(200).body("items.slug", contains(FRENCH_OLD));
        given().queryParam("cursor", cursor).queryParam("lang", "es").queryParam("size", 1).get("/api/v1/news")
                .then().statusCode(400).body("violations.field", contains("cursor"));
        given().queryParam("cursor", cursor).queryParam("size", 1).get("/api/v1/news")
                .then().statusCode(400).body("violations.field", contains("cursor"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "fr-CA", "french", "f", "fra"})
    void aValueThatIsNotALanguageCodeIsA400NamingLang(String value) {
        given().queryParam("lang", value).get("/api/v1/news").then().statusCode(400)
                .body("violations.field", contains("lang"))
                .body("violations[0].message", is("'" + value + "' is not an ISO 639-1 language code such as fr"));
    }
}
