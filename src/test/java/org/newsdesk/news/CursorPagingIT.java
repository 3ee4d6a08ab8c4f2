package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cursor paging: every item exactly once, in order, under filters; and cursors that must be refused. */
@QuarkusTest
class CursorPagingIT {

    /** Follows links.next from the first page; returns the slugs seen. */
    static List<String> walk(String firstQuery, int size) {
        List<String> seen = new ArrayList<>();
        String url = "/api/v1/news" + firstQuery + (firstQuery.isEmpty() ? "?" : "&") + "size=" + size;
        for (int pages = 0; url != null && pages < 50; pages++) {
            JsonPath page = given().urlEncodingEnabled(false).get(url).then().statusCode(200).extract().jsonPath();
            List<String> slugs = page.getList("items.slug", String.class);
            assertTrue(slugs.size() <= size);
            seen.addAll(slugs);
            url = page.getString("links.next");
            if (url != null) {
                assertTrue(url.contains("cursor="), url);
                assertTrue(!url.contains("page="), url);
            }
        }
        return seen;
    }

    private static List<String> whole(String query) {
        String url = "/api/v1/news" + query + (query.isEmpty() ? "?" : "&") + "size=100";
        return given().urlEncodingEnabled(false).get(url).then().statusCode(200)
                .extract().jsonPath().getList("items.slug", String.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "?sort=oldest", "?sort=updated", "?region=asia-pacific", "?topic=coverage-extension,social-dialogue",
        "?q=social%20protection", "?q=social%20protection&sort=newest", "?year=2021&country=ID,TL"})
    void visitsEveryItemExactlyOnceInListOrder(String query) {
        List<String> expected = whole(query);
        for (int size : new int[] {1, 3, 7}) {
            List<String> seen = walk(query, size);
            assertEquals(expected, seen, "size " + size + " " + query);
            assertEquals(seen.size(), new HashSet<>(seen).size());
        }
    }

    @Test
    void lastPageHasNoNextAndCursorPagesKeepTheTotal() {
        JsonPath first = given().get("/api/v1/news?size=15").then().statusCode(200).extract().jsonPath();
        String next = first.getString("links.next");
        given().urlEncodingEnabled(false).get(next).then().statusCode(200)
                .body("items.size()", is(5))
                .body("links.next", nullValue())
                .body("page.number", nullValue())
                .body("page.totalItems", is(20))
                .header("Link", containsString("rel=\"first\""))
                .header("Link", not(containsString("rel=\"next\"")));
    }

    @Test
    void linkHeaderOfACursorPageCarriesTheCursorAndFilters() {
        String next = given().get("/api/v1/news?size=2&topic=pensions,children").then().statusCode(200)
                .extract().path("links.next");
        String third = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().header("Link");
        assertTrue(third.contains("topic=pensions,children") || third.contains("topic=pensions%2Cchildren"), third);
        given().get("/api/v1/news?size=1&topic=pensions,children").then().statusCode(200)
                .header("Link", containsString("page=2>; rel=\"next\""));
    }

    @Test
    void cursorAndPageCannotBeCombined() {
        String next = given().get("/api/v1/news?size=5").then().statusCode(200).extract().path("links.next");
        given().urlEncodingEnabled(false).get(next + "&page=2").then().statusCode(400)
                .body("violations[0].field", is("cursor"))
                .body("violations[0].message", is("cannot be combined with page"));
    }

    @Test
    void tamperedCursorIsA400() {
        String cursor = cursorOf(given().get("/api/v1/news?size=5").then().statusCode(200)
                .extract().path("links.next"));
        char flipped = cursor.charAt(3) == 'A' ? 'B' : 'A';
        String tampered = cursor.substring(0, 3) + flipped + cursor.substring(4);
        for (String bad : new String[] {tampered, "not-a-cursor", "abc.def", cursor + "x", "."}) {
            given().queryParam("cursor", bad).get("/api/v1/news").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations[0].field", is("cursor"))
                    .body("violations[0].message", containsString("not a cursor this service made"));
        }
    }

    @Test
    void cursorOfAnotherListIsA400() {
        String cursor = cursorOf(given().get("/api/v1/news?size=1&topic=pensions").then().statusCode(200)
                .extract().path("links.next"));
        given().queryParam("cursor", cursor).queryParam("topic", "children").get("/api/v1/news").then()
                .statusCode(400)
                .body("violations[0].message", is("belongs to a list with other filters; start again from the first page"));
        given().queryParam("cursor", cursor).queryParam("topic", "pensions").queryParam("sort", "oldest")
                .get("/api/v1/news").then().statusCode(400)
                .body("violations[0].message", containsString("was made for sort=newest"));
        given().queryParam("cursor", cursor).queryParam("topic", "pensions").get("/api/v1/news").then().statusCode(200);
    }

    @Test
    void pageNumbersStopWhereCursorsTakeOver() {
        given().get("/api/v1/news?size=20&page=50").then().statusCode(200);
        given().get("/api/v1/news?size=20&page=51").then().statusCode(400)
                .body("violations[0].field", is("page"))
                .body("violations[0].message", containsString("following links.next"));
        given().get("/api/v1/news?size=100&page=11").then().statusCode(400);
    }

    private static String cursorOf(String url) {
        return url.substring(url.indexOf("cursor=") + "cursor=".length()).split("&")[0];
    }
}
