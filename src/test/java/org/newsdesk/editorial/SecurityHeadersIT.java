package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.newsdesk.editorial.NewsWrites.EVIL;
import static org.newsdesk.editorial.NewsWrites.SAMPLE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Security headers: API answers are never sniffed nor framed, no other answer is sniffed either, and Swagger
 * UI has a Content-Security-Policy of its own.
 */
@QuarkusTest
class SecurityHeadersIT {

    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    @Test
    void apiAnswersAreNeverSniffedNorFramed() {
        List<Response> answers = List.of(
                given().get("/api/v1/news").then().statusCode(200).extract().response(),
                given().get("/api/v1/news/" + SAMPLE).then().statusCode(200).extract().response(),
                given().get("/api/v1/news/no-such-item").then().statusCode(404).extract().response(),
                given().get("/api/v1/topics").then().statusCode(200).extract().response(),
                given().contentType("application/json").body("{}").post("/api/v1/news").then().statusCode(401)
                        .extract().response(),
                given().header("Authorization", Tokens.reader()).contentType("application/json").body("{}")
                        .post("/api/v1/news").then().statusCode(403).extract().response(),
                given().header("Authorization", Tokens.editor()).contentType("application/json").body("[]")
                        .post("/api/v1/news").then().statusCode(400).extract().response(),
                given().header("Authorization", Tokens.editor()).header("Origin", EVIL).contentType("application/json")
                        .body("{}").post("/api/v1/news").then().statusCode(403).extract().response());
        for (Response answer : answers) {
            answer.then()
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", API_CSP);
        }
    }

    @Test
    void everyOtherAnswerIsNotSniffedEither() {
        for (Response answer : List.of(given().get("/q/openapi").then().statusCode(200).extract().response(),
                given().queryParam("roles", "editor").post("/dev/token").then().statusCode(200).extract().response(),
                given().get("/no/such/thing").then().statusCode(404).extract().response())) {
            answer.then().header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void swaggerUiHasItsOwnContentSecurityPolicy() {
        given().get("/q/swagger-ui/").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("default-src 'none'"))));
    }
}
