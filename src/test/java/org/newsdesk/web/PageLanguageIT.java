package org.newsdesk.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdesk.web.WebPages.base;
import static org.newsdesk.web.WebPages.fetch;
import static org.newsdesk.web.WebPages.page;
import static org.newsdesk.web.WebPages.parse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.NewsType;
import org.newsdesk.news.SampleSlugs;

/**
 * The pages in the reader's language: {@code <html lang>}, the lang filter, the interface words and dates in
 * French and Spanish (English for the other languages), hreflang alternates and the language switch.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLanguageIT {

    private static final String FRENCH_TITLE = "La réforme des retraites en Thaïlande";
    private static final String SPANISH_TITLE = "La reforma de las pensiones en Tailandia";

    @RegisterExtension
    static final NewsFixture NEWS = new NewsFixture();

    /** Dated far back, behind the sample items: a French item on pensions and a Spanish one. */
    @BeforeAll
    void createItemsInFrenchAndSpanish() throws SQLException {
        long french = NEWS.create("web-lang-fr", FRENCH_TITLE, "Un résumé.", "<p>Le texte.</p>", LocalDate.of(1991, 3, 14),
                NewsType.NEWS, List.of("pensions"), List.of(), List.of());
        NEWS.execute("UPDATE news_item SET language = ? WHERE id = ?", "fr", french);
        long spanish = NEWS.createText("web-lang-es", SPANISH_TITLE, "Un resumen.", null, LocalDate.of(1991, 3, 15));
        NEWS.execute("UPDATE news_item SET language = ? WHERE id = ?", "es", spanish);
    }

    @Test
    void theHtmlLangIsTheOneLanguageAskedForElseTheItemsElseEnglish() {
        assertEquals("en", lang(page("/")));
        assertEquals("fr", lang(page("/?lang=fr")));
        assertEquals("es", lang(page("/?lang=ES")), "any case");
        assertEquals("en", lang(page("/?lang=fr,es")), "several languages: English");
        assertEquals("de", lang(page("/?lang=de")), "any ISO code, read with English words");
        assertEquals("News and features", page("/?lang=de").selectFirst("h1").text());
        assertEquals("fr", lang(page("/news/web-lang-fr")));
        assertEquals("es", lang(page("/news/web-lang-es")));
        assertEquals("en", lang(page("/news/" + SampleSlugs.PORTUGAL)));
        assertEquals("fr", lang(page("/embed/news?lang=fr")));
        assertEquals("fr", lang(page("/embed/news/web-lang-fr")));
        assertEquals("en", lang(page("/embed/news")));
    }

    @Test
    void theLangFilterNarrowsTheListAndIsKeptByItsLinks() {
        Document french = page("/?lang=fr");
        assertEquals(List.of(FRENCH_TITLE), french.select("main section.month h3").eachText());
        assertEquals(base() + "/?lang=fr", french.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("fr", french.selectFirst("form.filters input[type=hidden][name=lang]").val());
        assertEquals(base() + "/?lang=fr&month=1991-03", french.selectFirst("aside.archive a").attr("href"));
        assertEquals(base() + "/feeds/news.rss?lang=fr", WebPages.link(french, "application/rss+xml"));
        assertEquals(List.of(SPANISH_TITLE, FRENCH_TITLE), page("/?lang=es,fr").select("main section.month h3").eachText());
        // Clearing the other filters keeps the language.
        assertEquals(base() + "/?lang=fr", page("/?lang=fr&topic=pensions").selectFirst("form.filters .actions a")
                .attr("href"));

        Response invalid = fetch("/?lang=xx");
        invalid.then().statusCode(400).header("Content-Type", WebPages.HTML);
        assertEquals(List.of("lang: 'xx' is not an ISO 639-1 language code such as fr"),
                parse(invalid).select("ul.violations li").eachText());
    }

    @Test
    void listsHaveHreflangAlternatesInEachLanguageAndTheirXDefault() {
        Document page = page("/?topic=pensions&lang=fr&page=1");
        assertEquals(List.of("en", "fr", "es", "x-default"), page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals(List.of(base() + "/?topic=pensions&lang=en", base() + "/?topic=pensions&lang=fr",
                base() + "/?topic=pensions&lang=es", base() + "/?topic=pensions"),
                page.select("link[rel=alternate][hreflang]").eachAttr("href"));
        // An item has its own language's alternate; its translations will join it.
        Document item = page("/news/web-lang-fr");
        assertEquals(List.of("fr"), item.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals(base() + "/news/web-lang-fr", item.selectFirst("link[hreflang=fr]").attr("href"));
    }

    @Test
    void theLanguageSwitchLinksTheSameListInEachLanguage() {
        Element languages = page("/?topic=pensions&lang=es&page=2&size=1").selectFirst("header nav.languages");
        assertEquals("Idioma", languages.attr("aria-label"));
        List<Element> links = languages.select("a");
        assertEquals(List.of("English", "Français", "Español"), links.stream().map(Element::text).toList());
        assertEquals(List.of("en", "fr", "es"), links.stream().map(link -> link.attr("lang")).toList());
        assertEquals(List.of("en", "fr", "es"), links.stream().map(link -> link.attr("hreflang")).toList());
        assertEquals(base() + "/?topic=pensions&lang=fr&size=1", links.get(1).attr("href"), "from the first page");
        assertEquals(List.of("Español"), languages.select("a[aria-current=page]").eachText());
        assertTrue(page("/").select("nav.languages a[aria-current]").isEmpty(), "all languages: none of the three");
        assertNull(page("/news/web-lang-fr").selectFirst("nav.languages"), "one version: nothing to switch to");
        // A language without interface words of its own is offered as well when asked for.
        Element german = page("/?lang=de").selectFirst("nav.languages");
        assertEquals(List.of("English", "Français", "Español", "Deutsch"), german.select("a").eachText());
        assertEquals(List.of("Deutsch"), german.select("a[aria-current=page]").eachText());
    }

    @Test
    void frenchPagesHaveFrenchWordsAndDates() {
        Document list = page("/?lang=fr");
        assertEquals("Actualités – Newsdesk", list.title());
        assertEquals("Actualités", list.selectFirst("h1").text());
        assertEquals("Filtrer l’actualité", list.selectFirst("details.filter-toggle summary").text());
        assertEquals("Thème", list.selectFirst("label[for=filter-topic]").text());
        assertEquals("Tous les thèmes", list.selectFirst("#filter-topic option").text());
        assertEquals("Afficher", list.selectFirst("form.filters button").text());
        assertEquals("Mars 1991", list.selectFirst("main section.month h2").text());
        assertEquals("14 mars 1991", list.selectFirst("main section.month time").text());
        assertEquals("1 article.", list.selectFirst(".result-count").text());
        assertEquals("Archives", list.selectFirst("#archive-heading").text());
        assertEquals("Aller au contenu principal", list.selectFirst(".skip-link").text());
        assertEquals("/?lang=fr", list.selectFirst("a.site-name").attr("href"));
        // French puts a no-break space before a colon.
        assertEquals("Actualités\u00a0: Mars 1991", page("/?lang=fr&month=1991-03").selectFirst("h1").wholeText());

        Document item = page("/news/web-lang-fr");
        assertEquals("Actualité", item.selectFirst("main .type").text());
        assertEquals("14 mars 1991", item.selectFirst("main time").text());
        assertEquals("← Toute l’actualité", item.selectFirst("p.back a").text());
        assertEquals(base() + "/?lang=fr", item.selectFirst("p.back a").attr("href"));
        assertEquals(base() + "/?topic=pensions&lang=fr", item.selectFirst("dl.tags a").attr("href"));
        assertEquals("Thèmes", item.selectFirst("dl.tags dt").text());

        Document empty = page("/?lang=fr&country=PT");
        assertEquals("Aucune actualité ne correspond à ces filtres.", empty.selectFirst("main .empty strong").text());
        assertEquals("Dernières actualités", page("/embed/news?lang=fr").selectFirst("h1").text());
    }

    @Test
    void spanishPagesHaveSpanishWordsAndDates() {
        Document list = page("/?lang=es");
        assertEquals("Noticias y reportajes", list.selectFirst("h1").text());
        assertEquals("Marzo de 1991", list.selectFirst("main section.month h2").text());
        assertEquals("15 de marzo de 1991", list.selectFirst("main section.month time").text());
        assertEquals("Buscar", list.selectFirst("label[for=filter-q]").text());
        assertEquals("Mostrar noticias", list.selectFirst("form.filters button").text());
        Document item = page("/news/web-lang-es");
        assertEquals("Reportaje", item.selectFirst("main .type").text());
        assertEquals("15 de marzo de 1991", page("/embed/news/web-lang-es").selectFirst("article time").text());
        assertEquals("Noticias y reportajes: Marzo de 1991 – Newsdesk", page("/?lang=es&month=1991-03").title());
    }

    @Test
    void itemsInAnotherLanguageThanThePagesSayWhich() {
        Document all = page("/?month=1991-03");
        assertEquals(List.of("es", "fr"), all.select("main article.card").eachAttr("lang"));
        assertEquals("en", lang(all));
        Document french = page("/?lang=fr");
        assertTrue(french.select("main article.card[lang]").isEmpty(), "the page's own language goes unsaid");
        fetch("/embed/news?lang=es,fr").then().statusCode(200).body(containsString("<li lang=\"es\">"));
    }

    @Test
    void menusAndTagsAreNamedInThePagesLanguage() {
        assertTrue(countryOptions("/?lang=fr").stream().anyMatch(option -> option.startsWith("Thaïlande (")));
        assertTrue(countryOptions("/?lang=es").stream().anyMatch(option -> option.startsWith("Tailandia (")));
        assertTrue(countryOptions("/").stream().anyMatch(option -> option.startsWith("Thailand (")));
    }

    private static List<String> countryOptions(String path) {
        return page(path).select("select[name=country] option").eachText();
    }

    @Test
    void anItemPageLinksItsTranslationsBothWays() throws SQLException {
        long english = NEWS.createText("web-translated-en", "Pension reform in Thailand", "A summary.", null,
                LocalDate.of(1991, 4, 2));
        long french = NEWS.createText("web-translated-fr", FRENCH_TITLE, "Un résumé.", null, LocalDate.of(1991, 4, 2));
        NEWS.execute("UPDATE news_item SET language = 'fr' WHERE id = ?", french);
        NEWS.execute("UPDATE news_item SET translation_group = (SELECT nextval('news_translation_group_seq')) "
                + "WHERE id = ?", english);
        NEWS.execute("UPDATE news_item SET translation_group = (SELECT translation_group FROM news_item WHERE id = ?) "
                + "WHERE id = ?", english, french);
        for (String slug : List.of("web-translated-en", "web-translated-fr")) {
            Document page = page("/news/" + slug);
            assertEquals(List.of("en", "fr"), page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"), slug);
            assertTrue(page.select("link[hreflang=fr]").attr("href").endsWith("/news/web-translated-fr"), slug);
            assertTrue(page.select("link[hreflang=en]").attr("href").endsWith("/news/web-translated-en"), slug);
            assertEquals(List.of("English", "Français"), page.select("nav.languages a").eachText(), slug);
            assertEquals(slug.endsWith("fr") ? "Français" : "English",
                    page.selectFirst("nav.languages a[aria-current=page]").text(), slug);
        }
    }

    private static String lang(Document page) {
        return page.selectFirst("html").attr("lang");
    }
}
