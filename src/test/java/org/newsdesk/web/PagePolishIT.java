package org.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.web.WebPages.page;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.SampleSlugs;

/** What an accessibility audit of the pages asked for, each where markup shows it (the layout: NewsPagesBrowserIT). */
@QuarkusTest
class PagePolishIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @Test
    void everyPageLinksTheFaviconWhichIsCachedAsTheStylesheet() {
        for (String path : List.of("/", "/news/" + SampleSlugs.PORTUGAL, "/embed/news", "/embed/demo")) {
            Element icon = page(path).selectFirst("head link[rel=icon]");
            assertEquals("/assets/favicon.svg", icon.attr("href"), path);
            assertEquals("image/svg+xml", icon.attr("type"), path);
        }
        String stylesheetCaching = given().get("/assets/newsdesk.css").then().statusCode(200)
                .extract().header("Cache-Control");
        given().get("/assets/favicon.svg").then().statusCode(200).contentType("image/svg+xml")
                .header("Cache-Control", stylesheetCaching);
    }

    @Test
    void theH1NamesTheFiltersMonthAndPageAsTheTitleDoes() {
        for (String query : List.of("topic=pensions&country=TH", "month=2022-06", "size=5&page=2", "q=pension&page=1")) {
            Document page = page("/?" + query);
            assertEquals(page.title(), page.selectFirst("h1").text() + " – Newsdesk", query);
        }
        assertEquals("News and features: June 2022", page("/?month=2022-06").selectFirst("h1").text());
        assertEquals("News and features (page 2)", page("/?size=5&page=2").selectFirst("h1").text());
    }

    @Test
    void theNumbersOfAPageRunOnAcrossItsMonths() {
        Document first = page("/");
        List<Integer> starts = first.select("main section.month ol").stream()
                .map(list -> Integer.parseInt(list.attr("start"))).toList();
        List<Integer> sizes = first.select("main section.month ol").stream().map(list -> list.children().size()).toList();
        assertEquals(1, starts.get(0));
        for (int i = 1; i < starts.size(); i++) {
            assertEquals(starts.get(i - 1) + sizes.get(i - 1), starts.get(i), "month " + i);
        }
        // Later pages go on from the earlier ones, as "Items 6–10 of 20" says.
        assertEquals("6", page("/?size=5&page=2").selectFirst("main section.month ol").attr("start"));
    }

    @Test
    void aCreditShowsWithItsPictureOnly() throws SQLException {
        long pictured = news.createText("web-pictured", "An item with a picture", "Its summary.", null,
                LocalDate.of(1992, 5, 1));
        news.execute("UPDATE news_item SET image_url = ?, image_alt = ?, image_credit = ? WHERE id = ?",
                "https://example.org/pictured.jpg", "A picture", "© A photographer", pictured);
        long insecure = news.createText("web-insecure-picture", "An item with an http picture", "Its summary.", null,
                LocalDate.of(1992, 5, 2));
        news.execute("UPDATE news_item SET image_url = ?, image_credit = ? WHERE id = ?",
                "http://example.org/insecure.jpg", "© Not shown", insecure);

        Document list = page("/?month=1992-05");
        Element withPicture = list.select("main article.card").stream()
                .filter(card -> card.text().contains("An item with a picture")).findFirst().orElseThrow();
        assertNotNull(withPicture.selectFirst("img[src=https://example.org/pictured.jpg]"));
        assertEquals("© A photographer", withPicture.selectFirst(".credit").text());
        assertEquals(1, list.select("main .credit").size(), "the http picture is not shown, nor its credit");
        assertEquals("© A photographer", page("/news/web-pictured").selectFirst("main figure figcaption").text());
        assertTrue(page("/news/web-insecure-picture").select("main .credit, main img").isEmpty());
        assertEquals("© A photographer", page("/embed/news/web-pictured").selectFirst("article .credit").text());
    }
}
