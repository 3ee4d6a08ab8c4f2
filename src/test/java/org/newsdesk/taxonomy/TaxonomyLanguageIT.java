package org.newsdesk.taxonomy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.editorial.Tokens;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.NewsType;

/**
 * Topics and regions have names per language, written by admins, and fall back to English; countries are named from
 * the JDK's CLDR data. The language is lang's one value, else Accept-Language's best of en, fr and es; the answer
 * says it in Content-Language and in each entry's language, and varies by Accept-Language, cache included.
 */
@QuarkusTest
class TaxonomyLanguageIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    private String topic(String names) {
        String slug = "old-age-" + UUID.randomUUID().toString().substring(0, 8);
        news.remember(given().header("Authorization", Tokens.admin()).contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Old age\",\"names\":" + names + "}")
                .post("/api/v1/topics")).then().statusCode(201)
                .body("name", is("Old age")).body("language", is("en"));
        return "/api/v1/topics/" + slug;
    }

    @Test
    void aTopicIsNamedInTheLanguageAskedForWithEnglishWhereItHasNoName() {
        String topic = topic("{\"FR\":\"Vieillesse\",\"es\":\"Vejez\"}");
        given().queryParam("lang", "fr").get(topic).then().statusCode(200)
                .header("Content-Language", "fr")
                .body("name", is("Vieillesse")).body("language", is("fr"))
                .body("names", is(Map.of("fr", "Vieillesse", "es", "Vejez")));
        given().queryParam("lang", "ES").get(topic).then().statusCode(200).body("name", is("Vejez"));
        // No German name: the English one, and the entry says so; the answer is still for German readers.
        given().queryParam("lang", "de").get(topic).then().statusCode(200)
                .header("Content-Language", "de")
                .body("name", is("Old age")).body("language", is("en"));
        given().get(topic).then().statusCode(200).header("Content-Language", "en").body("name", is("Old age"));
    }

    @Test
    void acceptLanguageChoosesWhenLangIsNotGivenAndLangWinsOverIt() {
        String topic = topic("{\"fr\":\"Vieillesse\",\"es\":\"Vejez\"}");
        Response french = given().header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8").get(topic);
        french.then().statusCode(200)
                .header("Content-Language", "fr")
                .header("Vary", containsString("Accept-Language"))
                .body("name", is("Vieillesse"));
        given().header("Accept-Language", "de-DE, es;q=0.5").get(topic).then().statusCode(200)
                .body("name", is("Vejez"));
        given().header("Accept-Language", "es").queryParam("lang", "fr").get(topic).then().statusCode(200)
                .header("Content-Language", "fr").body("name", is("Vieillesse"));
        // A language none of en, fr, es answers, or a malformed header, is English.
        given().header("Accept-Language", "ja").get(topic).then().statusCode(200).body("name", is("Old age"));
        given().header("Accept-Language", "!!;q=x").get(topic).then().statusCode(200).body("name", is("Old age"));
        // The same URL in two languages is two answers, in the service's cache as in any other.
        Response english = given().get(topic);
        english.then().statusCode(200).body("name", is("Old age"));
        assertNotEquals(french.header("ETag"), english.header("ETag"));
        given().header("If-None-Match", french.header("ETag")).header("Accept-Language", "fr").get(topic).then()
                .statusCode(304).header("Content-Language", "fr");
        given().header("If-None-Match", french.header("ETag")).get(topic).then().statusCode(200);
    }

    @Test
    void listsAreNamedToo() {
        String topic = topic("{\"fr\":\"Vieillesse\"}");
        String slug = topic.substring(topic.lastIndexOf('/') + 1);
        given().queryParam("lang", "fr").get("/api/v1/topics").then().statusCode(200)
                .body("items.find { it.slug == '" + slug + "' }.name", is("Vieillesse"))
                .body("items.find { it.slug == 'pensions' }.language", is("en"));
    }

    @Test
    void countriesAreNamedFromTheJdksLocaleData() {
        given().queryParam("lang", "fr").get("/api/v1/countries/TH").then().statusCode(200)
                .body("name", is("Thaïlande")).body("language", is("fr"));
        given().header("Accept-Language", "es").get("/api/v1/countries/th").then().statusCode(200)
                .body("name", is("Tailandia")).body("language", is("es"));
        given().queryParam("lang", "de").get("/api/v1/countries/DE").then().statusCode(200)
                .body("name", is("Deutschland"));
        given().get("/api/v1/countries/TH").then().statusCode(200).body("name", is("Thailand")).body("language", is("en"));
        given().queryParam("lang", "fr").queryParam("all", "true").get("/api/v1/countries").then().statusCode(200)
                .body("items.find { it.code == 'ES' }.name", is("Espagne"));
    }

    @Test
    void tagNamesInsideItemsComeInTheLanguageToo() {
        String topic = topic("{\"fr\":\"Vieillesse\"}");
        String topicSlug = topic.substring(topic.lastIndexOf('/') + 1);
        String slug = "tagged-" + UUID.randomUUID().toString().substring(0, 8);
        news.create(slug, LocalDate.of(2024, 5, 2), NewsType.NEWS, List.of(topicSlug), List.of("TH"), List.of());
        given().header("Accept-Language", "fr").get("/api/v1/news/" + slug).then().statusCode(200)
                .header("Content-Language", "fr").header("Vary", containsString("Accept-Language"))
                .body("topics[0].name", is("Vieillesse")).body("countries[0].name", is("Thaïlande"));
        given().get("/api/v1/news/" + slug).then().statusCode(200)
                .header("Content-Language", "en").body("topics[0].name", is("Old age"))
                .body("countries[0].name", is("Thailand"));
        given().queryParam("topic", topicSlug).queryParam("lang", "en").header("Accept-Language", "fr")
                .get("/api/v1/news").then().statusCode(200)
                .header("Content-Language", "en").body("items[0].topics[0].name", is("Old age"));
        given().queryParam("topic", topicSlug).header("Accept-Language", "es, fr;q=0.5").get("/api/v1/news").then()
                .statusCode(200).body("items[0].topics[0].name", is("Old age")) // no Spanish name: English
                .body("items[0].countries[0].name", is("Tailandia"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "fr-CA", "fr,es", "french"})
    void aLangThatIsNotOneCodeIsA400(String lang) {
        given().queryParam("lang", lang).get("/api/v1/topics").then().statusCode(400)
                .body("violations[0].field", is("lang"));
    }

    @Test
    void namesFollowTheRulesOfNamesAndTheirLanguagesAreCodes() {
        for (String names : new String[] {"{\"xx\":\"Nom\"}", "{\"fr\":\"\"}", "{\"fr\":\"Deux\\nlignes\"}",
            "{\"fr\":42}", "[\"fr\"]"}) {
            given().header("Authorization", Tokens.admin()).contentType("application/json")
                    .body("{\"name\":\"Some topic\",\"names\":" + names + "}").post("/api/v1/topics").then()
                    .statusCode(400).body("violations[0].field", containsString("names"));
        }
    }

    @Test
    void aPatchChangesOrRemovesOneLanguage() {
        String topic = topic("{\"fr\":\"Vieillesse\",\"es\":\"Vejez\"}");
        Response read = given().get(topic);
        read.then().statusCode(200);
        Response patched = given().header("Authorization", Tokens.admin()).header("If-Match", read.header("ETag"))
                .contentType("application/merge-patch+json").body("{\"names\":{\"es\":null,\"pt\":\"Velhice\"}}")
                .patch(topic);
        patched.then().statusCode(200).body("names", is(Map.of("fr", "Vieillesse", "pt", "Velhice")))
                .header("ETag", not(read.header("ETag")));
        given().queryParam("lang", "es").get(topic).then().statusCode(200).body("name", is("Old age"));
    }
}
