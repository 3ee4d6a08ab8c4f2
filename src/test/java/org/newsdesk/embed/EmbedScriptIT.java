package org.newsdesk.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The embed script as a partner's page fetches it: small, cacheable for an hour, readable from any origin. */
@QuarkusTest
class EmbedScriptIT {

    private static final int MAX_BYTES = 15 * 1024;

    @Test
    void isServedToOtherOriginsAsASmallModule() {
        byte[] script = given().header("Origin", "https://partner.example")
                .when().get("/embed/newsdesk-feed.js")
                .then().statusCode(200)
                .contentType(is("text/javascript;charset=UTF-8"))
                .header("Access-Control-Allow-Origin", is("*"))
                .header("Cache-Control", is("public, max-age=3600, stale-while-revalidate=86400"))
                .extract().asByteArray();
        assertTrue(script.length < MAX_BYTES, script.length + " bytes: the embed script must stay under 15 KB");
        assertTrue(new String(script, StandardCharsets.UTF_8).contains("customElements.define('newsdesk-feed'"));
    }
}
