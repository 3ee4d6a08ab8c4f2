package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.newsdesk.editorial.Newsroom.NEWS;
import static org.newsdesk.editorial.Newsroom.draft;
import static org.newsdesk.editorial.Newsroom.editorGet;
import static org.newsdesk.editorial.Newsroom.patch;
import static org.newsdesk.editorial.Newsroom.put;
import static org.newsdesk.editorial.Newsroom.uniqueWord;
import static org.newsdesk.editorial.Newsroom.with;
import static org.newsdesk.editorial.NewsWrites.invalid;
import static org.newsdesk.editorial.NewsWrites.valid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.SampleSlugs;

/**
 * Every item has a language, an ISO 639-1 code: written in any case and kept in lower case, English when not given,
 * changed only when written, and a 400 naming the field when it is not a code. The sample content is English.
 */
@QuarkusTest
class ItemLanguageIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final Newsroom newsroom = new Newsroom(news);
    private final NewsWrites writes = new NewsWrites(news);

    @Test
    void aLanguageIsWrittenInAnyCaseAndKeptInLowerCase() {
        Response created = newsroom.create(with(draft("Protection sociale " + uniqueWord()), "language", "FR"));
        created.then().statusCode(201).body("language", is("fr"));
        editorGet(created.jsonPath().getString("slug")).then().statusCode(200).body("language", is("fr"));
    }

    @Test
    void anItemWithoutOneIsEnglish() {
        Response created = newsroom.create(draft("Social protection " + uniqueWord()));
        created.then().statusCode(201).body("language", is("en"));
    }

    @Test
    void aPatchKeepsTheLanguageUnlessItNamesIt() {
        Response created = newsroom.create(with(draft("Protección social " + uniqueWord()), "language", "es"));
        String slug = created.jsonPath().getString("slug");
        Response retitled = patch(slug, Map.of("title", "Pensiones " + uniqueWord()), created.header("ETag"));
        retitled.then().statusCode(200).body("language", is("es"));
        slug = retitled.jsonPath().getString("slug"); // a draft's slug follows its title
        Response changed = patch(slug, Map.of("language", "pt"), retitled.header("ETag"));
        changed.then().statusCode(200).body("language", is("pt"));
        given().header("Authorization", Tokens.editor()).get(NEWS + "/" + slug + "/revisions").then()
                .statusCode(200)
                .body("items[0].changed", contains("language"))
                .body("items[1].changed", contains("slug", "title"));
    }

    @Test
    void aPutWithoutALanguageMakesItEnglishAsItDoesForEveryFieldLeftOut() {
        Response created = newsroom.create(with(draft("Protection sociale " + uniqueWord()), "language", "fr"));
        String slug = created.jsonPath().getString("slug");
        put(slug, draft("Social protection " + uniqueWord()), created.header("ETag")).then()
                .statusCode(200).body("language", is("en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "fr-CA", "fr_FR", "fra", "french", "f", "", " fr", "12"})
    void aValueThatIsNotALanguageCodeIsA400NamingTheField(String language) {
        invalid(writes.post(valid("language", language)), "language", "must be an ISO 639-1 language code")
                .body("violations", hasSize(1));
    }

    @Test
    void aLanguageThatIsNotTextIsA400NamingTheField() {
        invalid(writes.post(valid("language", Map.of("code", "fr"))), "language", "must be a string");
        invalid(writes.post(valid("language", 42)), "language", "must be a string");
    }

    @Test
    void theSampleContentIsEnglishInListsAndItems() {
        given().get(NEWS + "/" + SampleSlugs.THAILAND_PENSIONS).then().statusCode(200).body("language", is("en"));
        given().queryParam("size", 100).get(NEWS).then().statusCode(200)
                .body("items", not(empty()))
                .body("items.language", everyItem(is("en")));
    }
}
