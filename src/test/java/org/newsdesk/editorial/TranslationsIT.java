package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsdesk.editorial.Newsroom.NEWS;
import static org.newsdesk.editorial.Newsroom.as;
import static org.newsdesk.editorial.Newsroom.delete;
import static org.newsdesk.editorial.Newsroom.draft;
import static org.newsdesk.editorial.Newsroom.editorGet;
import static org.newsdesk.editorial.Newsroom.json;
import static org.newsdesk.editorial.Newsroom.patch;
import static org.newsdesk.editorial.Newsroom.publicGet;
import static org.newsdesk.editorial.Newsroom.uniqueWord;
import static org.newsdesk.editorial.Newsroom.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;

/**
 * Translations: an editor creates one from an item (POST …/translations), each is an item of its own (slug, state,
 * revisions, date), both list each other, a language appears once per group, and either can be detached. The public
 * sees only the translations it may see. Each test writes its own items.
 */
@QuarkusTest
class TranslationsIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final Newsroom newsroom = new Newsroom(news);

    private Response translate(String slug, Map<String, Object> item, String key) {
        RequestSpecification request = as(Tokens.editor()).contentType("application/json").body(json(item));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return news.remember(request.post(NEWS + "/" + slug + "/translations"));
    }

    private static Map<String, Object> published(Map<String, Object> item) {
        return with(item, "status", "published");
    }

    private String english() {
        return newsroom.create(published(draft("Pension reform " + uniqueWord()))).jsonPath().getString("slug");
    }

    private static Map<String, Object> inLanguage(String title, String language) {
        return with(with(draft(title + " " + uniqueWord()), "language", language), "status", "published");
    }

    @Test
    void aTranslationIsAnItemOfItsOwnAndBothListEachOther() {
        String english = english();
        Response french = translate(english, inLanguage("Réforme des retraites", "fr"), null);
        french.then().statusCode(201)
                .header("Location", endsWith(NEWS + "/" + french.jsonPath().getString("slug")))
                .body("language", is("fr"))
                .body("revision", is(1))
                .body("translations.language", is(List.of("en")))
                .body("translations[0].slug", is(english))
                .body("translations[0].links.self", endsWith(NEWS + "/" + english));
        String frenchSlug = french.jsonPath().getString("slug");
        Response spanish = translate(frenchSlug, inLanguage("Reforma de las pensiones", "es"), null);
        spanish.then().statusCode(201).body("translations.language", is(List.of("en", "fr")));
        publicGet(english).then().statusCode(200)
                .body("translations.language", is(List.of("es", "fr")))
                .body("translations[1].slug", is(frenchSlug))
                .body("translations[1].title", is(french.jsonPath().getString("title")));
    }

    @Test
    void theOriginalIsNotChangedByBeingTranslated() {
        String english = english();
        Response before = editorGet(english);
        translate(english, inLanguage("Réforme", "fr"), null).then().statusCode(201);
        editorGet(english).then().statusCode(200)
                .body("revision", is(before.jsonPath().getInt("revision")))
                .body("updatedAt", is(before.jsonPath().getString("updatedAt")))
                .body("translations", hasSize(1));
    }

    @Test
    void thePublicSeesOnlyTranslationsItMaySee() {
        String english = english();
        Response draft = translate(english, with(inLanguage("Brouillon", "fr"), "status", "draft"), null);
        draft.then().statusCode(201);
        publicGet(english).then().statusCode(200).body("translations", empty());
        editorGet(english).then().statusCode(200).body("translations.language", is(List.of("fr")));
    }

    @Test
    void changingOrRetiringOneTranslationLeavesTheOtherAsItIs() {
        String english = english();
        Response french = translate(english, inLanguage("Retraites", "fr"), null);
        String frenchSlug = french.jsonPath().getString("slug");
        Response englishBefore = editorGet(english);
        patch(frenchSlug, Map.of("summary", "Un nouveau resume."), french.header("ETag")).then().statusCode(200);
        delete(english, englishBefore.header("ETag")).then().statusCode(204);
        publicGet(english).then().statusCode(404);
        publicGet(frenchSlug).then().statusCode(200)
                .body("status", is("published"))
                .body("summary", is("Un nouveau resume."))
                .body("translations", empty()); // the retired English item is not the public's to see
        editorGet(english).then().statusCode(200).body("summary", is(englishBefore.jsonPath().getString("summary")))
                .body("translations.slug", is(List.of(frenchSlug)));
    }

    @Test
    void aLanguageTheGroupHasIsAConflict() {
        String english = english();
        String french = translate(english, inLanguage("Retraites", "fr"), null).jsonPath().getString("slug");
        translate(english, inLanguage("Encore", "FR"), null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("'" + french + "'"));
        translate(english, inLanguage("Same", "en"), null).then().statusCode(409)
                .body("detail", containsString("a translation needs another language"));
        // Nor may a translation move into a language its group has.
        Response frenchItem = editorGet(french);
        patch(french, Map.of("language", "en"), frenchItem.header("ETag")).then().statusCode(409)
                .body("detail", containsString("'" + english + "'"));
        editorGet(french).then().statusCode(200).body("language", is("fr"));
    }

    @Test
    void translationsIntoOneLanguageAtOnceMakeOneItemAndConflicts() throws Exception {
        String english = english();
        String french = translate(english, inLanguage("Retraites", "fr"), null).jsonPath().getString("slug");
        // From two items of the group at once, as from one: one Spanish item, the others refused.
        List<Response> answers = Newsroom.simultaneously(4, i -> () -> translate(i % 2 == 0 ? english : french,
                inLanguage("Pensiones", "es"), null));
        assertEquals(List.of(201, 409, 409, 409), answers.stream().map(Response::statusCode).sorted().toList());
        editorGet(english).then().statusCode(200).body("translations.language", is(List.of("es", "fr")));
    }

    @Test
    void aTranslationNeedsALanguageAndAValidBodyAndAnItem() {
        String english = english();
        translate(english, published(draft("No language " + uniqueWord())), null).then().statusCode(400)
                .body("violations[0].field", is("language"));
        translate(english, with(inLanguage("Bad", "fr"), "title", ""), null).then().statusCode(400)
                .body("violations[0].field", is("title"));
        translate(english, inLanguage("Bad", "xx"), null).then().statusCode(400)
                .body("violations[0].field", is("language"));
        translate("no-such-item-" + uniqueWord(), inLanguage("Orphelin", "fr"), null).then().statusCode(404);
    }

    @Test
    void aRetriedTranslationWithItsKeyCreatesOneItem() {
        String english = english();
        String key = "translation-" + uniqueWord();
        Map<String, Object> french = inLanguage("Retraites", "fr");
        Response first = translate(english, french, key);
        first.then().statusCode(201);
        Response again = translate(english, french, key);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getString("slug"), again.jsonPath().getString("slug"));
        // The same key and body for another item is another request.
        translate(english(), french, key).then().statusCode(422);
        editorGet(english).then().statusCode(200).body("translations", hasSize(1));
    }

    @Test
    void aDetachedTranslationStaysAnItemOnItsOwn() {
        String english = english();
        String french = translate(english, inLanguage("Retraites", "fr"), null).jsonPath().getString("slug");
        String spanish = translate(english, inLanguage("Pensiones", "es"), null).jsonPath().getString("slug");
        as(Tokens.editor()).delete(NEWS + "/" + english + "/translations/FR").then().statusCode(204);
        editorGet(french).then().statusCode(200).body("translations", empty()).body("status", is("published"));
        editorGet(english).then().statusCode(200).body("translations.slug", is(List.of(spanish)));
        // The last two part: a group of one is no group, and the English item can be translated into French again.
        as(Tokens.editor()).delete(NEWS + "/" + spanish + "/translations/es").then().statusCode(204);
        editorGet(english).then().statusCode(200).body("translations", empty());
        translate(english, inLanguage("Retraites encore", "fr"), null).then().statusCode(201)
                .body("translations.slug", is(List.of(english)));
        editorGet(french).then().statusCode(200).body("translations", empty());
    }

    @Test
    void detachingWhatIsNotThereIsA404AndABadLanguageA400() {
        String english = english();
        as(Tokens.editor()).delete(NEWS + "/" + english + "/translations/fr").then().statusCode(404)
                .body("detail", containsString("has no translation in 'fr'"));
        as(Tokens.editor()).delete(NEWS + "/" + english + "/translations/french").then().statusCode(400)
                .body("violations[0].field", is("language"));
        Response anonymous = given().delete(NEWS + "/" + english + "/translations/fr");
        anonymous.then().statusCode(401);
    }
}
