package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Relevance comes in tiers (the word in the title, else in the summary, else only in the body), newest first
 * within each; pages by number and by cursor walk that one order, a cursor continuing inside its tier.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevancePagingIT {

    /** The order relevance must give: titles newest first, then summaries, then bodies, whatever the dates. */
    private static final List<String> BY_RELEVANCE = List.of("quetzal-title-new", "quetzal-title-old",
            "quetzal-summary", "quetzal-body-new", "quetzal-body-old");

    @RegisterExtension
    static final NewsFixture NEWS = new NewsFixture();

    @BeforeAll
    void createOwnedItems() {
        NEWS.createText("quetzal-body-new", "A plain headline", "A plain summary.", "A quetzal in the body.",
                LocalDate.of(1991, 9, 9));
        NEWS.createText("quetzal-title-old", "The quetzal survey", "Nothing else.", null, LocalDate.of(1991, 1, 1));
        NEWS.createText("quetzal-summary", "Another headline", "A summary on the quetzal.", "Nothing.",
                LocalDate.of(1991, 8, 8));
        NEWS.createText("quetzal-title-new", "Quetzals counted again", "Nothing more.", "Counted with nets.",
                LocalDate.of(1991, 2, 2));
        NEWS.createText("quetzal-body-old", "A third headline", "A third summary.", "The quetzal, once more.",
                LocalDate.of(1991, 3, 3));
    }

    @Test
    void oneRequestListsTheTiersInOrder() {
        given().queryParam("q", "quetzal").get("/api/v1/news").then().statusCode(200)
                .body("items.slug", is(BY_RELEVANCE))
                .body("page.totalItems", is(5));
    }

    @Test
    void cursorsWalkTheSameOrderAcrossTiers() {
        assertEquals(BY_RELEVANCE, CursorPagingIT.walk("?q=quetzal", 2));
        assertEquals(BY_RELEVANCE, CursorPagingIT.walk("?q=quetzal", 1));
    }

    @Test
    void pageNumbersCutTheSameOrder() {
        given().queryParam("q", "quetzal").queryParam("size", 2).queryParam("page", 2).get("/api/v1/news").then()
                .statusCode(200).body("items.slug", contains("quetzal-summary", "quetzal-body-new"));
        given().queryParam("q", "quetzal").queryParam("size", 2).queryParam("page", 3).get("/api/v1/news").then()
                .statusCode(200).body("items.slug", contains("quetzal-body-old")).body("links.next", nullValue());
    }

    @Test
    void aWordExcludedFromTheBodyRulesOutATitleMatch() {
        given().queryParam("q", "quetzal -nets").get("/api/v1/news").then().statusCode(200)
                .body("items.slug", is(BY_RELEVANCE.stream().filter(slug -> !slug.equals("quetzal-title-new")).toList()));
    }

    @Test
    void datesStillSortOnRequest() {
        given().queryParam("q", "quetzal").queryParam("sort", "oldest").get("/api/v1/news").then().statusCode(200)
                .body("items.slug", contains("quetzal-title-old", "quetzal-title-new", "quetzal-body-old",
                        "quetzal-summary", "quetzal-body-new"));
    }
}
