package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.newsdesk.editorial.NewsWrites.PROBLEM;
import static org.newsdesk.editorial.NewsWrites.SAMPLE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.news.NewsFixture;

/** The development token endpoint: its tokens write as the user named; other roles and odd names are a 400. */
@QuarkusTest
class DevTokenEndpointIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @Test
    void devTokenEndpointGivesATokenThatWrites() {
        String user = "dev-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath token = given().queryParam("user", user).queryParam("roles", "editor").post("/dev/token")
                .then().statusCode(200).contentType("application/json")
                .body("tokenType", is("Bearer"))
                .body("expiresIn", is(3600))
                .body("accessToken", not(emptyOrNullString()))
                .extract().jsonPath();
        String bearer = "Bearer " + token.getString("accessToken");
        Response created = news.remember(given().header("Authorization", bearer).contentType("application/json")
                .body("{\"title\":\"Dev token item " + UUID.randomUUID() + "\",\"summary\":\"S.\","
                        + "\"publishedOn\":\"2024-03-03\"}")
                .post("/api/v1/news"));
        created.then().statusCode(201);
        given().header("Authorization", bearer)
                .get("/api/v1/news/" + created.jsonPath().getString("slug") + "/revisions")
                .then().statusCode(200).body("items[0].author", is(user));
    }

    @Test
    void devTokenForBothRolesWorks() {
        String accessToken = given().queryParam("user", "both").queryParam("roles", "editor,admin").post("/dev/token")
                .then().statusCode(200).extract().path("accessToken");
        given().header("Authorization", "Bearer " + accessToken).get("/api/v1/news/" + SAMPLE + "/revisions")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reader", "editor,superuser", "ADMIN", "root"})
    void devTokenRefusesOtherRoles(String roles) {
        given().queryParam("user", "alice").queryParam("roles", roles).post("/dev/token").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("roles"));
    }

    @Test
    void devTokenRefusesAnOddUserName() {
        given().queryParam("user", "<script>").queryParam("roles", "editor").post("/dev/token").then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("violations.field", hasItem("user"));
    }
}
