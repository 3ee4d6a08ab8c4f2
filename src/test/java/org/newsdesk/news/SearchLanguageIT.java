package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A search matches each item in the item's own language: French and Spanish words stemmed and their stop words left
 * out by PostgreSQL's configurations for them, other languages' words as they are; with {@code lang}, the query is
 * parsed in that language. Each test writes its own items beside the English sample content.
 */
@QuarkusTest
class SearchLanguageIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    private long item(String slug, String language, String title, String body) throws SQLException {
        long id = news.createText(slug, title, "Résumé.", body, LocalDate.of(2024, 4, 2));
        news.execute("UPDATE news_item SET language = ? WHERE id = ?", language, id);
        return id;
    }

    private static ValidatableResponse search(String query) {
        return given().queryParam("q", query).queryParam("size", 100).get("/api/v1/news").then().statusCode(200);
    }

    private static ValidatableResponse search(String query, String lang) {
        return given().queryParam("q", query).queryParam("lang", lang).queryParam("size", 100).get("/api/v1/news")
                .then().statusCode(200);
    }

    @Test
    void frenchIsStemmedInFrench() throws SQLException {
        item("fr-protection-sociale", "fr", "La protection sociale au Sénégal", "Un socle pour tous.");
        for (ValidatableResponse found : new ValidatableResponse[] {search("protections sociales"),
                search("protections sociales", "fr"), search("Protection Sociale", "FR")}) {
            found.body("items.slug", hasItem("fr-protection-sociale"));
        }
        search("protections sociales", "fr")
                .body("items.slug", contains("fr-protection-sociale"))
                .body("items[0].language", is("fr"))
                .body("items[0].highlight.title", is("La <mark>protection</mark> <mark>sociale</mark> au Sénégal"));
    }

    @Test
    void spanishIsStemmedInSpanishAccentsAndAll() throws SQLException {
        item("es-pension", "es", "La pensión no contributiva en Bolivia", "Las personas mayores la reciben.");
        search("pensiones").body("items.slug", hasItem("es-pension"));
        search("pensiones", "es")
                .body("items.slug", contains("es-pension"))
                .body("items[0].highlight.title", is("La <mark>pensión</mark> no contributiva en Bolivia"));
        // Spanish stop words are neither indexed nor searched: a query of them alone finds nothing in Spanish.
        search("las la no", "es").body("items", empty());
    }

    @Test
    void englishStemmingDoesNotApplyToOtherLanguages() throws SQLException {
        item("fr-networking", "fr", "Le networking des caisses", "Des caisses de retraite en réseau.");
        item("en-networking", "en", "Networking of pension funds", "Funds working together.");
        item("en-pension-loanword", "en", "The word pensión in English text", "A loanword, not stemmed as Spanish.");
        item("es-pension-word", "es", "Una pensión para todos", "Cobertura universal.");
        // English stems "networking" to "network"; French keeps the word whole.
        search("network").body("items.slug", hasItem("en-networking")).body("items.slug", not(hasItem("fr-networking")));
        search("networking").body("items.slug", hasItem("fr-networking")).body("items.slug", hasItem("en-networking"));
        // "pensiones" parsed in English is "pension", which the English item's "pensión" is not; in Spanish it is.
        search("pensiones").body("items.slug", hasItem("es-pension-word"))
                .body("items.slug", not(hasItem("en-pension-loanword")));
    }

    @Test
    void aQueryInOneLanguageDoesNotMatchAnotherLanguagesStems() throws SQLException {
        item("fr-sociale", "fr", "Une protection sociale pour tous", "Texte.");
        item("en-sociaux", "en", "Les acquis sociaux, quoted in English", "Text.");
        // French reads "sociaux" as "social", the stem of the French item's "sociale"; English and Spanish keep it whole.
        search("sociaux", "fr").body("items.slug", contains("fr-sociale"));
        search("sociaux").body("items.slug", hasItem("fr-sociale")).body("items.slug", hasItem("en-sociaux"));
        // "sociale" is "social" in English too, but the English item's "sociaux" was not stemmed in French.
        search("sociale").body("items.slug", hasItem("fr-sociale")).body("items.slug", not(hasItem("en-sociaux")));
        search("sociale", "en").body("items.slug", not(hasItem("en-sociaux")));
    }

    @Test
    void otherLanguagesAreSearchedWithoutStemming() throws SQLException {
        item("de-rentenreform", "de", "Die Rentenreform in Deutschland", "Renten und Rentner.");
        search("rentenreform").body("items.slug", hasItem("de-rentenreform"));
        search("Rentenreform", "de").body("items.slug", contains("de-rentenreform"))
                .body("items[0].highlight.title", is("Die <mark>Rentenreform</mark> in Deutschland"));
        // Without stemming, another form of the word is another word; and German stop words are not dropped.
        search("rentenreformen", "de").body("items", empty());
        search("die", "de").body("items.slug", contains("de-rentenreform"));
    }

    @Test
    void countsAndFacetsOfASearchCountEachLanguagesMatches() throws SQLException {
        item("fr-socle-1", "fr", "Un socle de protection sociale", "Texte.");
        item("es-socle-2", "es", "Protecciones sociales en Perú", "Texto.");
        given().queryParam("q", "sociales").queryParam("lang", "fr,es").queryParam("facets", "type")
                .get("/api/v1/news").then().statusCode(200)
                .body("page.totalItems", is(2))
                .body("facets.type.find { it.value == 'feature' }.count", is(2));
        given().queryParam("q", "sociales").queryParam("lang", "fr,es").get("/api/v1/news/archive").then()
                .statusCode(200).body("months.month", contains("2024-04")).body("months.count", contains(2));
        // A language no item is in: the query is read in it all the same, and finds nothing.
        given().queryParam("q", "sociales").queryParam("lang", "it").get("/api/v1/news/archive").then()
                .statusCode(200).body("months", empty());
    }
}
