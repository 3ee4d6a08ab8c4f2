package org.newsdesk.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.newsdesk.editorial.Tokens;

/** Dev and test builds trust the key in src/dev/jwt: a token it signs gets past authentication. */
@QuarkusTest
class DevelopmentKeyIT {

    @Test
    void aTokenSignedWithTheDevelopmentKeyIsAccepted() {
        // An empty body is then refused for what it is, not for who sent it.
        given().header("Authorization", Tokens.signedWithTheDevelopmentKeyFile())
                .contentType("application/json").body("{}")
                .post("/api/v1/news").then().statusCode(400).body("type", is("urn:newsdesk:problem:invalid-body"));
    }
}
