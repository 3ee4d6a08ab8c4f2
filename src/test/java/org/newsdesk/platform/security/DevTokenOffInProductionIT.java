package org.newsdesk.platform.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.editorial.Tokens;
import org.newsdesk.platform.db.LocalDatabase;

/**
 * Built and run with the production profile, the service has no development token endpoint and does
 * not trust the development key (production configures no verification key by default).
 */
@QuarkusTest
@TestProfile(DevTokenOffInProductionIT.Production.class)
class DevTokenOffInProductionIT {

    public static class Production implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // The production profile's database would be the development one: use the tests' own.
            return Map.of("quarkus.datasource.jdbc.url", LocalDatabase.testDatabaseUrl(),
                    "newsdesk.sample-content.enabled", "false");
        }
    }

    @Test
    void thereIsNoTokenEndpoint() {
        given().post("/dev/token?roles=editor").then().statusCode(404);
    }

    @Test
    void aTokenSignedWithTheDevelopmentKeyIsRefused() {
        // DevelopmentKeyIT shows the same token is accepted where the development key is trusted.
        given().header("Authorization", Tokens.signedWithTheDevelopmentKeyFile())
                .contentType("application/json").body("{}").post("/api/v1/news").then().statusCode(401);
    }
}
