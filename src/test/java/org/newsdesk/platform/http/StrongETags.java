package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;

/** The conditional GET every cached answer keeps: a strong ETag, stable for the same content, and 304 on a match. */
public final class StrongETags {

    private StrongETags() {
    }

    /**
     * Checks that {@code path} answers 200 with a strong ETag and the public Cache-Control, the same ETag again,
     * 304 with an empty body for If-None-Match of that ETag, and 200 for another one; returns the ETag.
     */
    public static String answerIfNoneMatchWith304(String path) {
        Response first = given().urlEncodingEnabled(false).get(path);
        first.then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""))
                .header("Cache-Control", is("public, max-age=60, stale-while-revalidate=60"));
        String etag = first.header("ETag");
        assertEquals(etag, given().urlEncodingEnabled(false).get(path).then().statusCode(200)
                .extract().header("ETag"), "same content, same ETag");
        given().urlEncodingEnabled(false).header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("ETag", is(etag))
                .body(is(emptyString()));
        given().urlEncodingEnabled(false).header("If-None-Match", "\"other\"").get(path).then().statusCode(200)
                .header("ETag", is(etag));
        return etag;
    }
}
