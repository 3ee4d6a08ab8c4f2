package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Forwarded headers from a peer that is not a trusted proxy change nothing: the client is the peer, and links
 * are on the Host it sent. Every request here spends 127.0.0.1's one bucket, so the links go first.
 */
@QuarkusTest
@TestProfile(RateLimitProfile.UntrustedPeer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitUntrustedPeerIT {

    @Test
    @Order(1)
    void forwardedHeadersFromAnUntrustedPeerReachNoLink() {
        ForeignHosts.assertLinksOn(ForeignHosts.FOREIGN, "http://localhost:" + RestAssured.port);
    }

    @Test
    @Order(2)
    void aRequestFromAnUntrustedPeerIsKeyedByItsOwnAddress() {
        // Bursts of 10 for 127.0.0.1, whatever each request claims to be forwarded for.
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            statuses.add(given().header("X-Forwarded-For", "198.51.100." + i).get("/api/v1/countries").then()
                    .statusCode(oneOf(200, 429)).extract().statusCode());
        }
        assertThat(statuses, hasItem(429));
    }
}
