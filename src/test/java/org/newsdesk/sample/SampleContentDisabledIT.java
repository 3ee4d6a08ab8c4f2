package org.newsdesk.sample;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the sample content turned off, a fresh database has reference data but no news. Quarkus
 * restarts for this profile, and again for the next test class, whose fresh start reloads the sample.
 */
@QuarkusTest
@TestProfile(SampleContentDisabledIT.WithoutSample.class)
class SampleContentDisabledIT {

    public static class WithoutSample implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsdesk.sample-content.enabled", "false");
        }
    }

    @Test
    void freshDatabaseHasNoNewsButAllReferenceData() {
        given().get("/api/v1/news").then().statusCode(200)
                .header("X-Total-Count", "0")
                .body("items", empty());
        given().get("/api/v1/countries?all=true").then().statusCode(200).body("items", hasSize(249));
        given().get("/api/v1/topics/pensions").then().statusCode(200).body("count", is(0));
    }
}
