package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * Without a proxy the client is the peer address: X-Forwarded-For, which anyone can send, changes nothing.
 * (One test only: every request of this class comes from 127.0.0.1 and shares its bucket.)
 */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class RateLimitIT {

    @Test
    void aSpoofedForwardedForDoesNotEscapeTheLimit() {
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().header("X-Forwarded-For", "198.51.100." + remaining).get("/api/v1/topics").then().statusCode(200)
                    .header("RateLimit-Policy", "\"default\";q=6;w=60")
                    .header("RateLimit", matchesPattern("\"default\";r=" + remaining + ";t=\\d+"));
        }
        given().header("X-Forwarded-For", "198.51.100.99").get("/api/v1/topics").then().statusCode(429)
                .contentType("application/problem+json").body("status", is(429))
                .header("Retry-After", matchesPattern("([1-9]|10)"));
        // Health, on the management port, is never limited.
        given().get(Management.url("/q/health/ready")).then().statusCode(200);
    }
}
