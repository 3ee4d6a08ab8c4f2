package org.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.newsdesk.web.WebPages.base;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.jsoup.nodes.Document;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.SampleSlugs;
import org.newsdesk.platform.openapi.OpenApiDocument;

/** oEmbed 1.0 for the list and item pages: JSON only, this site only, within the sizes asked. */
@QuarkusTest
class OEmbedIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    private static ValidatableResponse oembed(String url) {
        return given().queryParam("url", url).get("/oembed").then();
    }

    @Test
    void anItemPageEmbedsItsCard() {
        String url = base() + "/news/" + SampleSlugs.PORTUGAL;
        oembed(url).statusCode(200)
                .contentType("application/json")
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{22}\""))
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .body("type", is("rich"))
                .body("version", is("1.0"))
                .body("title", is("ILO and Portugal sign cooperation agreement on Social Protection"))
                .body("provider_name", is("Newsdesk"))
                .body("provider_url", is(base() + "/"))
                .body("html", is("<iframe src=\"" + base() + "/embed/news/" + SampleSlugs.PORTUGAL + "\" title=\"ILO and "
                        + "Portugal sign cooperation agreement on Social Protection\" width=\"600\" height=\"300\" "
                        + "loading=\"lazy\"></iframe>"))
                .body("width", is(600))
                .body("height", is(300))
                .body("cache_age", is(3600))
                .body("language", is("en"));
    }

    @Test
    void aListPageEmbedsTheSameFilters() {
        oembed(base() + "/?topic=pensions&country=th&page=2").statusCode(200)
                .body("title", is("News and features: Pensions, Thailand"))
                .body("html", is("<iframe src=\"" + base() + "/embed/news?topic=pensions&amp;country=TH\" "
                        + "title=\"News from Newsdesk\" width=\"600\" height=\"500\" loading=\"lazy\"></iframe>"))
                .body("width", is(600))
                .body("height", is(500))
                .body("language", is("en"));
        oembed(base() + "/").statusCode(200).body("title", is("News and features"))
                .body("html", is("<iframe src=\"" + base() + "/embed/news\" title=\"News from Newsdesk\" width=\"600\" "
                        + "height=\"500\" loading=\"lazy\"></iframe>"));
        oembed(base()).statusCode(200).body("title", is("News and features"));
    }

    @Test
    void theEmbedKeepsTheLanguageAndSaysIt() throws SQLException {
        oembed(base() + "/?lang=FR&month=2022-06").statusCode(200)
                .body("title", is("Actualités\u00a0: Juin 2022"))
                .body("html", is("<iframe src=\"" + base() + "/embed/news?lang=fr&amp;month=2022-06\" "
                        + "title=\"Actualités de Newsdesk\" width=\"600\" height=\"500\" loading=\"lazy\"></iframe>"))
                .body("language", is("fr"));
        oembed(base() + "/?lang=fr,es").statusCode(200).body("language", is("en"))
                .body("html", containsString("/embed/news?lang=fr,es\""));
        long spanish = news.createText("web-oembed-es", "Una noticia", "Un resumen.", null, LocalDate.of(1993, 1, 2));
        news.execute("UPDATE news_item SET language = ? WHERE id = ?", "es", spanish);
        oembed(base() + "/news/web-oembed-es").statusCode(200).body("language", is("es"))
                .body("html", containsString("/embed/news/web-oembed-es\""));
        oembed(base() + "/?lang=xx").statusCode(404);
    }

    @Test
    void theSizeStaysWithinMaxwidthAndMaxheight() {
        given().queryParam("url", base() + "/?topic=pensions").queryParam("maxwidth", 320).queryParam("maxheight", 200)
                .get("/oembed").then().statusCode(200)
                .body("width", is(320)).body("height", is(200))
                .body("html", matchesPattern(".* width=\"320\" height=\"200\" .*"));
        given().queryParam("url", base() + "/news/" + SampleSlugs.PORTUGAL).queryParam("maxwidth", 1000)
                .queryParam("maxheight", 250).get("/oembed").then().statusCode(200)
                .body("width", is(600)).body("height", is(250));
    }

    @Test
    void theDiscoveryLinksOfThePagesLeadToAnswers() {
        for (String path : new String[] {"/?topic=pensions", "/news/" + SampleSlugs.THAILAND_PENSIONS}) {
            Document page = WebPages.page(path);
            String href = WebPages.link(page, "application/json+oembed");
            given().urlEncodingEnabled(false).get(href.substring(base().length())).then().statusCode(200)
                    .body("type", is("rich"));
        }
    }

    @Test
    void onlyThisSitesNewsPagesHaveAnEmbed() {
        for (String url : new String[] {"https://example.org/news/" + SampleSlugs.PORTUGAL, "http://localhost:1/",
            base() + "/about", base() + "/news/no-such-item", base() + "/news/a/b", base() + "/?topic=astrology",
            base() + "/api/v1/news", base() + "/embed/demo"}) {
            oembed(url).statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void xmlIsNotImplementedAndBadRequestsAre400() {
        given().queryParam("url", base() + "/").queryParam("format", "xml").get("/oembed").then().statusCode(501)
                .contentType("application/problem+json").body("status", is(501));
        given().queryParam("url", base() + "/").queryParam("format", "json").get("/oembed").then().statusCode(200);
        given().get("/oembed").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("url"));
        oembed("not a url").statusCode(400).body("violations[0].field", is("url"));
        oembed("ftp://" + base().substring("http://".length()) + "/").statusCode(400);
        given().queryParam("url", base() + "/").queryParam("maxwidth", "wide").queryParam("maxheight", "0")
                .get("/oembed").then().statusCode(400)
                .body("violations.field", hasItems("maxwidth", "maxheight"));
    }

    @Test
    void isDocumentedInTheOpenApiDocument() {
        JsonPath spec = OpenApiDocument.jsonPath();
        assertThat(spec.getMap("paths.'/oembed'.get.responses"),
                allOf(hasKey("200"), hasKey("400"), hasKey("404"), hasKey("501")));
        assertThat(spec.getList("paths.'/oembed'.get.parameters.name"), hasItems("url", "format", "maxwidth", "maxheight"));
        assertThat(spec.getMap("components.schemas.OEmbed.properties"),
                allOf(hasKey("provider_name"), hasKey("cache_age"), hasKey("html")));
    }
}
