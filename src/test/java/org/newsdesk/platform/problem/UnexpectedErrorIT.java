package org.newsdesk.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The catch-all 500: an error id for the logs and the client, nothing else of the failure. */
@QuarkusTest
class UnexpectedErrorIT {

    @Test
    void answersWithAnErrorIdAndNoDetailsOfTheFailure() {
        String body = given().get("/test-only/failure").then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", is("urn:newsdesk:problem:internal-error"))
                .body("title", is("Internal Server Error"))
                .body("status", is(500))
                .body("instance", is("/test-only/failure"))
                .body("errorId", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
                .extract().asString();
        assertThat(body, allOf(not(containsString("SELECT")), not(containsString("IllegalState")),
                not(containsString("org.newsdesk")), not(containsString("Secret"))));
    }
}
