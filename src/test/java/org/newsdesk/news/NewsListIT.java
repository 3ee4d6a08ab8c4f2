package org.newsdesk.news;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.newsdesk.news.NewsApi.list;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The news list over the 20 sample items: filters alone and combined, order and paging. */
@QuarkusTest
class NewsListIT {

    @Test
    void listsAllSampleItemsNewestFirst() {
        list("").statusCode(200)
                .contentType("application/json")
                .header("X-Total-Count", "20")
                .body("items", hasSize(20))
                .body("items[0].slug", is(SampleSlugs.NEWEST))
                .body("items[0].publishedOn", is("2022-07-05"))
                .body("items[19].slug", is(SampleSlugs.OLDEST))
                .body("page.number", is(1))
                .body("page.size", is(20))
                .body("page.totalItems", is(20))
                .body("page.totalPages", is(1));
    }

    @Test
    void sameDayItemsAreOrderedByIdDescending() {
        // Two items share 24 May 2022; the later-loaded (higher id) comes first when newest first.
        var ids = list("?month=2022-05").statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        assertTrue(ids.get(0) > ids.get(1), "ids " + ids);
    }

    @Test
    void listItemHasTheDocumentedShape() {
        list("?country=TH").statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", is(notNullValue()))
                .body("items[0].slug", is(SampleSlugs.THAILAND_PENSIONS))
                .body("items[0].title", is("Reform needed for Thailand’s pension system, not new schemes"))
                .body("items[0].summary", startsWith("The current Thai retirement pension scheme"))
                .body("items[0].publishedOn", is("2022-02-11"))
                .body("items[0].type", is("news"))
                .body("items[0].image.url", nullValue())
                .body("items[0].image.credit", is("© Shutterstock 2022"))
                .body("items[0].topics", contains(Map.of("slug", "pensions", "name", "Pensions")))
                .body("items[0].countries", contains(Map.of("code", "TH", "name", "Thailand")))
                .body("items[0].regions", contains(Map.of("slug", "asia-pacific", "name", "Asia and the Pacific")))
                .body("items[0].links.self", is("http://localhost:" + port() + "/api/v1/news/" + SampleSlugs.THAILAND_PENSIONS))
                .body("items[0]", not(hasKey("body")));
    }

    @Test
    void itemWithoutImageHasNullImage() {
        list("?month=2022-07").body("items[0].image", nullValue());
    }

    @Test
    void filtersByMonth() {
        list("?month=2022-06").statusCode(200).header("X-Total-Count", "3")
                .body("items.publishedOn", contains("2022-06-17", "2022-06-16", "2022-06-03"));
    }

    @Test
    void monthWithoutItemsIsAnEmptyPage() {
        list("?month=2022-04").statusCode(200).header("X-Total-Count", "0")
                .body("items", empty())
                .body("page.totalItems", is(0))
                .body("page.totalPages", is(0));
    }

    @Test
    void filtersByYear() {
        list("?year=2021").statusCode(200).header("X-Total-Count", "9")
                .body("items.publishedOn", everyItem(startsWith("2021-")));
        list("?year=2022").header("X-Total-Count", "11");
        list("?year=2020").header("X-Total-Count", "0");
    }

    @Test
    void fromAndToAreInclusive() {
        list("?from=2022-06-03&to=2022-06-16").statusCode(200)
                .body("items.publishedOn", contains("2022-06-16", "2022-06-03"));
        list("?from=2021-09-03&to=2021-09-03").body("items.publishedOn", contains("2021-09-03"));
        list("?from=2022-06-04&to=2022-06-15").body("items", empty());
    }

    @Test
    void openEndedDateRanges() {
        list("?from=2022-05-24").header("X-Total-Count", "6");
        list("?to=2021-09-03").body("items.publishedOn", contains("2021-09-03", "2021-09-02", "2021-07-22"));
    }

    @Test
    void dateFiltersNarrowEachOther() {
        list("?year=2022&from=2022-06-01").header("X-Total-Count", "4");
        list("?month=2022-06&to=2022-06-10").body("items.publishedOn", contains("2022-06-03"));
        list("?month=2021-06&year=2022").statusCode(200).body("items", empty());
    }

    @Test
    void filtersByTopic() {
        list("?topic=pensions").statusCode(200).header("X-Total-Count", "2")
                .body("items.topics.slug", everyItem(hasItem("pensions")));
    }

    @Test
    void topicSlugsAreCaseInsensitive() {
        list("?topic=Pensions").statusCode(200).header("X-Total-Count", "2");
    }

    @Test
    void repeatedAndCommaSeparatedValuesMatchAnyOfThem() {
        String[] expected = {SampleSlugs.THAILAND_PENSIONS,
            "older-people-in-lebanon-face-desperate-circumstances-due-to-lack-of-basic-social-protection",
            "ilo-unicef-social-protection-contributes-to-reducing-child-labour"};
        list("?topic=pensions&topic=children").header("X-Total-Count", "3").body("items.slug", containsInAnyOrder(expected));
        list("?topic=pensions,children").header("X-Total-Count", "3").body("items.slug", containsInAnyOrder(expected));
        given().queryParam("topic", "pensions, children,").get("/api/v1/news").then().statusCode(200)
                .header("X-Total-Count", "3");
        list("?country=TH,JO&country=LB").header("X-Total-Count", "3");
    }

    @Test
    void filtersByCountryInAnyCase() {
        list("?country=ID").header("X-Total-Count", "4");
        list("?country=id").header("X-Total-Count", "4").body("items.countries.code", everyItem(hasItem("ID")));
        list("?country=pT").header("X-Total-Count", "2");
    }

    @Test
    void regionMatchesThroughCountries() {
        // Africa is never tagged directly: the items are there through Portugal's PALOP partners and Morocco.
        list("?region=africa").statusCode(200)
                .body("items.slug", contains(SampleSlugs.PORTUGAL,
                        "ilo-issa-webinar-on-extending-social-protection-for-migrant-workers-refugees-and-their-families"));
    }

    @Test
    void regionMatchesDirectTagsAndCountriesTogether() {
        // Asia and the Pacific: one item tagged directly, seven through Indonesia, Thailand and Timor-Leste.
        list("?region=asia-pacific").header("X-Total-Count", "8")
                .body("items.slug", hasItem(SampleSlugs.ASIA_PACIFIC_REPORT))
                .body("items.slug", hasItem(SampleSlugs.THAILAND_PENSIONS))
                .body("items.regions.slug", everyItem(hasItem("asia-pacific")));
        list("?region=global").header("X-Total-Count", "6");
    }

    @Test
    void regionsOfAnItemListDirectAndImpliedOnce() {
        // Portugal and PALOP countries span two regions; Timor-Leste adds a third.
        list("?month=2022-06&country=PT").body("items[0].regions.slug",
                contains("africa", "asia-pacific", "europe-central-asia"));
    }

    @Test
    void filtersByType() {
        list("?type=news").header("X-Total-Count", "20");
        list("?type=feature,statement").statusCode(200).header("X-Total-Count", "0").body("items", empty());
    }

    @Test
    void differentFiltersAllApply() {
        list("?topic=coverage-extension&region=global").header("X-Total-Count", "2");
        list("?topic=social-protection-policy&country=ID&year=2022").body("items.publishedOn", contains("2022-06-03"));
        list("?region=europe-central-asia&topic=development-cooperation&type=news").header("X-Total-Count", "2");
        list("?country=TH&topic=children").statusCode(200).body("items", empty());
    }

    @Test
    void sortsOldestFirst() {
        list("?sort=oldest").body("items[0].slug", is(SampleSlugs.OLDEST)).body("items[19].slug", is(SampleSlugs.NEWEST));
        list("?sort=newest").body("items[0].slug", is(SampleSlugs.NEWEST));
    }

    @Test
    void pagesThroughTheListWithLinksThatKeepTheFilters() {
        list("?size=4&year=2022").statusCode(200)
                .header("X-Total-Count", "11")
                .body("page.number", is(1)).body("page.size", is(4)).body("page.totalPages", is(3))
                .header("Link", is(link(1, "first") + ", " + link(2, "next") + ", " + link(3, "last")));
        list("?size=4&year=2022&page=2").statusCode(200)
                .body("items", hasSize(4))
                .header("Link", is(link(1, "first") + ", " + link(1, "prev") + ", " + link(3, "next") + ", "
                        + link(3, "last")));
        list("?size=4&year=2022&page=3").statusCode(200)
                .body("items", hasSize(3))
                .body("items[2].publishedOn", is("2022-01-06"))
                .header("Link", is(link(1, "first") + ", " + link(2, "prev") + ", " + link(3, "last")));
    }

    @Test
    void pagesDoNotOverlapAndCoverEverything() {
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            seen.addAll(list("?size=7&page=" + page).extract().jsonPath().getList("items.slug", String.class));
        }
        assertEquals(20, seen.size());
        assertEquals(20, new HashSet<>(seen).size());
        list("").body("items.slug", contains(seen.toArray()));
    }

    @Test
    void pageBeyondTheLastIsEmptyWithLinksBack() {
        list("?page=5&size=10").statusCode(200)
                .body("items", empty())
                .body("page.number", is(5))
                .body("page.totalItems", is(20))
                .header("Link", containsString("page=2>; rel=\"prev\""))
                .header("Link", containsString("page=2>; rel=\"last\""));
    }

    @Test
    void unknownQueryParametersAreIgnored() {
        list("?utm_source=newsletter").statusCode(200).header("X-Total-Count", "20");
    }

    private static String link(int page, String rel) {
        return "<http://localhost:" + port() + "/api/v1/news?size=4&year=2022&page=" + page + ">; rel=\"" + rel + "\"";
    }

    private static int port() {
        return RestAssured.port;
    }
}
