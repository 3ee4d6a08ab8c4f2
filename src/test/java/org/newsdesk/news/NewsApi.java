package org.newsdesk.news;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;

/** Requests to the public news API shared by the news tests. */
final class NewsApi {

    private NewsApi() {
    }

    /** The public list for this query ("?topic=pensions", or "" for none), which must answer 200. */
    static ValidatableResponse list(String query) {
        return given().get("/api/v1/news" + query).then().statusCode(200);
    }
}
