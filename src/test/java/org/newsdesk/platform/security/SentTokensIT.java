package org.newsdesk.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.editorial.Tokens;
import org.newsdesk.news.SampleSlugs;

/**
 * One rule for a token on a public read: every route family answers an expired (validly signed) token
 * with 401 invalid_token, the same route without a token with its public answer, and a valid token
 * without a role with the public answer too, marked private so that no shared cache keeps it.
 */
@QuarkusTest
class SentTokensIT {

    private static final String ITEM = SampleSlugs.THAILAND_PENSIONS;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/news", "/api/v1/news?facets=topic,country", "/api/v1/news?q=pension",
        "/api/v1/news/archive", "/api/v1/news/" + ITEM, "/api/v1/topics", "/api/v1/topics/pensions",
        "/api/v1/regions", "/api/v1/regions/asia-pacific", "/api/v1/countries", "/api/v1/countries/TH",
        "/feeds/news.rss", "/feeds/news.atom", "/feeds/news.json", "/", "/news/" + ITEM, "/embed/news",
        "/embed/news/" + ITEM, "/embed/demo", "OEMBED"})
    void anExpiredTokenIs401InvalidTokenOnEveryPublicRoute(String route) {
        String path = route.equals("OEMBED") ? "/oembed?url=" + URLEncoder.encode(RestAssured.baseURI + ":"
                + RestAssured.port + "/news/" + ITEM, StandardCharsets.UTF_8) : route;
        given().urlEncodingEnabled(false).get(path).then().statusCode(200)
                .header("Cache-Control", startsWith("public"));
        // An answer to a token is never for shared caches, even when it is the public one.
        given().urlEncodingEnabled(false).header("Authorization", Tokens.reader()).get(path).then().statusCode(200)
                .header("Cache-Control", is("private, no-cache"));
        given().urlEncodingEnabled(false).header("Authorization", Tokens.expired()).get(path).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", allOf(startsWith("Bearer realm=\"newsdesk\""),
                        containsString("error=\"invalid_token\"")))
                .body("status", is(401));
        given().urlEncodingEnabled(false).header("Authorization", Tokens.expired()).head(path).then()
                .statusCode(401);
    }
}
