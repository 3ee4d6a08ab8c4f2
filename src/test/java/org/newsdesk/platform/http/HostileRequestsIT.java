package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Malformed URLs and bytes the database cannot store get 4xx problems, never a 500. */
@QuarkusTest
class HostileRequestsIT {

    @Test
    void nulByteInAPathIsA404() {
        given().urlEncodingEnabled(false).get("/api/v1/news/%00").then().statusCode(404)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/api/v1/topics/pen%00sions").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/api/v1/regions/%00").then().statusCode(404);
        given().urlEncodingEnabled(false).get("/api/v1/countries/T%00").then().statusCode(404);
    }

    @Test
    void nulByteInAParameterIsA400() {
        given().urlEncodingEnabled(false).get("/api/v1/news?size=1%00").then().statusCode(400)
                .body("violations[0].field", is("size"));
        given().urlEncodingEnabled(false).get("/api/v1/news?topic=pensions%00").then().statusCode(400)
                .body("violations[0].field", is("topic"));
    }

    @Test
    void slugLongerThanAnyStoredIsA404() {
        given().get("/api/v1/news/" + "a".repeat(1000)).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void malformedPercentEscapeIsRefusedByTheHttpLayer() throws IOException {
        // Vert.x rejects such a request line before any route runs, with an empty 400 and a closed connection.
        for (String target : new String[] {"/api/v1/news?topic=%zz", "/api/v1/news/%zz"}) {
            assertThat(target, RawHttp.get(RestAssured.port, target).status(), is(400));
        }
    }

    @Test
    void invalidUtf8InAParameterIsA400Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.get(RestAssured.port, "/api/v1/news?month=%C3%28");
        assertThat(answer.status(), is(400));
        assertThat(answer.head().toLowerCase(), containsString("content-type: application/problem+json"));
        assertThat(answer.body(), containsString("\"field\":\"month\""));
    }
}
