package org.newsdesk.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.restassured.specification.RequestSpecification;
import org.newsdesk.news.SampleSlugs;

/** Requests whose forwarded headers name another host, and checks that none of it reaches a link. */
final class ForeignHosts {

    static final String FOREIGN = "evil.example";

    private ForeignHosts() {
    }

    /** Every header a proxy might pass through untouched, naming {@code foreign}. */
    static RequestSpecification forwardedTo(String foreign) {
        return given().header("X-Forwarded-Host", foreign).header("X-Forwarded-Proto", "http")
                .header("X-Forwarded-Port", "8443").header("Forwarded", "host=" + foreign + ";proto=http");
    }

    /** API links, a page's canonical URL, a feed's ids and oEmbed HTML are all on {@code base}. */
    static void assertLinksOn(String foreign, String base) {
        String api = forwardedTo(foreign).get("/api/v1/news").then().log().ifValidationFails().statusCode(200).extract().asString();
        assertThat(api, containsString("\"" + base + "/api/v1/news"));
        String page = forwardedTo(foreign).get("/news/" + SampleSlugs.THAILAND_PENSIONS).then().log().ifValidationFails().statusCode(200)
                .extract().asString();
        assertThat(page, containsString("<link rel=\"canonical\" href=\"" + base + "/news/"));
        String host = base.replaceAll("^https?://|:\\d+$", "");
        String feed = forwardedTo(foreign).get("/feeds/news.atom").then().log().ifValidationFails().statusCode(200).extract().asString();
        assertThat(feed, containsString("<id>tag:" + host + ",2022:news/"));
        String pageUrl = base + "/news/" + SampleSlugs.THAILAND_PENSIONS;
        String oembed = forwardedTo(foreign).queryParam("url", pageUrl).queryParam("format", "json").get("/oembed")
                .then().log().ifValidationFails().statusCode(200).extract()
                .path("html");
        assertThat(oembed, containsString("src=\"" + base + "/embed/news/"));
        for (String answer : new String[] {api, page, feed, oembed}) {
            assertThat(answer, not(containsString(foreign)));
        }
    }
}
