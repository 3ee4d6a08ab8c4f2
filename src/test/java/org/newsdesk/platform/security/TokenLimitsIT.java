package org.newsdesk.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsdesk.editorial.Tokens;

/**
 * Tokens fail closed: the audience is required, a token lives at most JWT_MAX_LIFETIME (3600 s) and
 * needs iat and exp; clocks may differ by JWT_CLOCK_SKEW (30 s). An editor's draft list needs a valid token.
 */
@QuarkusTest
class TokenLimitsIT {

    private static final String DRAFTS = "/api/v1/news?status=draft";
    private static final String ISSUER = "https://newsdesk.invalid/dev";

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static String claims(String audience, Long issuedAt, Long expires) {
        StringBuilder json = new StringBuilder("{\"iss\":\"" + ISSUER + "\",\"upn\":\"alice\",\"groups\":[\"editor\"]");
        if (audience != null) {
            json.append(",\"aud\":\"").append(audience).append('"');
        }
        if (issuedAt != null) {
            json.append(",\"iat\":").append(issuedAt);
        }
        if (expires != null) {
            json.append(",\"exp\":").append(expires);
        }
        return json.append('}').toString();
    }

    private static void refused(String claims) {
        given().header("Authorization", Tokens.signedClaims(claims)).get(DRAFTS).then().statusCode(401)
                .header("WWW-Authenticate", containsString("error=\"invalid_token\""));
    }

    private static void accepted(String claims) {
        given().header("Authorization", Tokens.signedClaims(claims)).get(DRAFTS).then().statusCode(200);
    }

    @Test
    void aTokenForThisAudienceWithinItsLifetimeIsAccepted() {
        accepted(claims("newsdesk", now(), now() + 300));
        accepted(claims("newsdesk", now() - 3000, now() + 600)); // exactly the longest lifetime
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() {
        refused(claims("another-client", now(), now() + 300));
        refused(claims(null, now(), now() + 300));
    }

    @Test
    void aTokenThatLivesTooLongIsRefused() {
        refused(claims("newsdesk", now(), now() + 3600 + 120));
        refused(claims("newsdesk", now(), now() + 365L * 24 * 3600));
    }

    @Test
    void aTokenIssuedTooLongAgoIsRefusedEvenBeforeItExpires() {
        refused(claims("newsdesk", now() - 7200, now() + 300));
    }

    @Test
    void aTokenWithoutIssuedAtOrExpiryIsRefused() {
        refused(claims("newsdesk", null, now() + 300));
        refused(claims("newsdesk", now(), null));
    }

    @Test
    void clocksMayDifferByTheSkewAndNoMore() {
        accepted(claims("newsdesk", now() - 600, now() - 10));
        refused(claims("newsdesk", now() - 600, now() - 90));
    }

    @Test
    void devTokensCarryTheAudience() {
        String token = given().post("/dev/token?user=alice&roles=editor").then().statusCode(200)
                .extract().path("accessToken");
        given().header("Authorization", "Bearer " + token).get(DRAFTS).then().statusCode(200);
    }
}
