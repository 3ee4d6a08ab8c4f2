package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.newsdesk.editorial.Tokens;

/** Each size limit answers with its own 4xx: URL 414, headers 431, body 413, page size 400. */
@QuarkusTest
class LimitsIT {

    @Test
    void aUrlOverTheLimitIs414() throws IOException {
        assertThat(RawHttp.get(RestAssured.port, "/api/v1/news?q=" + "a".repeat(9000)).status(), is(414));
        // Just under the limit is an ordinary request (unknown parameters are ignored).
        assertThat(RawHttp.get(RestAssured.port, "/api/v1/news?padding=" + "a".repeat(8000)).status(), is(200));
    }

    @Test
    void headersOverTheLimitAre431() throws IOException {
        assertThat(RawHttp.get(RestAssured.port, "/api/v1/news", "X-Padding: " + "a".repeat(17 * 1024) + "\r\n")
                .status(), is(431));
        assertThat(RawHttp.get(RestAssured.port, "/api/v1/news", "X-Padding: " + "a".repeat(8 * 1024) + "\r\n")
                .status(), is(200));
    }

    @Test
    void aBodyOverOneMebibyteIs413Problem() {
        given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"title\":\"" + "a".repeat(1024 * 1024) + "\"}").post("/api/v1/news").then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413));
    }

    @Test
    void aPageOverOneHundredIs400Problem() {
        given().queryParam("size", 101).get("/api/v1/news").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", is("size"));
    }
}
