package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With a public base URL, neither forwarded headers (even from a trusted proxy) nor Host reach a link. */
@QuarkusTest
@TestProfile(RateLimitProfile.PublicBaseUrl.class)
class PublicBaseUrlIT {

    private static final String BASE = RateLimitProfile.PublicBaseUrl.BASE;

    @Test
    void forwardedHeadersFromATrustedProxyReachNoLink() {
        ForeignHosts.assertLinksOn(ForeignHosts.FOREIGN, BASE);
    }

    @Test
    void anotherHostHeaderReachesNoLink() {
        given().header("Host", "other.example").get("/api/v1/topics").then().statusCode(200)
                .body(containsString(BASE + "/api/v1/")).body(not(containsString("other.example")));
    }

    @Test
    void answersDependOnNoForwardedHeader() {
        given().get("/api/v1/news/archive").then().statusCode(200).header("Vary", is("Authorization"));
        given().get("/api/v1/regions").then().statusCode(200).header("Vary", is("Authorization, Accept-Language"));
    }
}
