package org.newsdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In headless Chromium: item pages in English, French and Spanish reached through their language switch (html lang,
 * hreflang alternates, dates), {@code <newsdesk-feed lang>} in French (its items, words and dates), its empty state
 * arriving in a live region that was already there, the phone layout (the news before the folded filters) and
 * the embed demo's preview, tall enough for its items.
 */
@QuarkusTest
@NeedsChromium
class PageLanguageBrowserIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @Test
    void theWidgetInFrenchListsFrenchItemsWithFrenchWordsAndDates() throws SQLException {
        long french = news.createText("web-widget-fr", "Une actualité en français", "Son résumé.", null,
                LocalDate.of(1994, 6, 5));
        news.execute("UPDATE news_item SET language = ? WHERE id = ?", "fr", french);
        SESSION.browser().open(SESSION.partner().page("/french.html", partnerPage(
                "<newsdesk-feed id=feed lang=fr api='" + SESSION.service() + "'></newsdesk-feed>")));
        SESSION.browser().await(driver -> "ready".equals(state()));
        Map<?, ?> shown = (Map<?, ?>) SESSION.browser().script("const root = document.querySelector('#feed').shadowRoot;"
                + "return { heading: root.querySelector('[part~=heading]').textContent,"
                + " lang: root.querySelector('[part~=feed]').lang,"
                + " titles: [...root.querySelectorAll('[part~=link]')].map(link => link.textContent),"
                + " itemLangs: [...root.querySelectorAll('[part~=item]')].map(item => item.lang),"
                + " dates: [...root.querySelectorAll('[part~=date]')].map(date => date.textContent) }");
        assertEquals("Actualités", shown.get("heading"));
        assertEquals("fr", shown.get("lang"));
        assertEquals(List.of("Une actualité en français"), shown.get("titles"));
        assertEquals(List.of("fr"), shown.get("itemLangs"));
        assertEquals(List.of("5 juin 1994"), shown.get("dates"));
        assertEquals(List.of("lang=fr&size=5"), newsRequests());
        SESSION.browser().screenshot("widget-french");
    }

    @Test
    void itemPagesInEachLanguageSayItLinkTheirTranslationsAndWriteTheirDates() throws SQLException {
        Map<String, String> titles = Map.of("en", "Pension reform in Thailand", "fr", "La réforme des retraites",
                "es", "La reforma de las pensiones");
        long group = -1;
        for (String language : List.of("en", "fr", "es")) {
            long id = news.createText("web-browser-" + language, titles.get(language), "…", null, LocalDate.of(1993, 7, 5));
            news.execute("UPDATE news_item SET language = ? WHERE id = ?", language, id);
            if (group < 0) {
                news.execute("UPDATE news_item SET translation_group = nextval('news_translation_group_seq') WHERE id = ?",
                        id);
                group = id;
            } else {
                news.execute("UPDATE news_item SET translation_group = (SELECT translation_group FROM news_item "
                        + "WHERE id = ?) WHERE id = ?", group, id);
            }
        }
        SESSION.browser().open(SESSION.service() + "/news/web-browser-en");
        Map<String, String> dates = Map.of("en", "5 July 1993", "fr", "5 juillet 1993", "es", "5 de julio de 1993");
        for (String language : List.of("fr", "es", "en")) {
            // Each page is reached from the previous one's language switch, as a reader would.
            SESSION.browser().find("nav.languages a[hreflang=" + language + "]").click();
            SESSION.browser().await(driver -> language.equals(script("return document.documentElement.lang")));
            assertEquals(titles.get(language), SESSION.browser().find("main h1").getText());
            assertEquals(dates.get(language), SESSION.browser().find("main p.date time").getText());
            assertEquals(List.of("en", "es", "fr"), script("return [...document.querySelectorAll("
                    + "'link[rel=alternate][hreflang]')].map(link => link.hreflang)"));
            assertEquals(language, SESSION.browser().find("nav.languages a[aria-current=page]").getAttribute("hreflang"));
        }
        SESSION.browser().screenshot("item-translations");
    }

    private static Object script(String javascript) {
        return SESSION.browser().script(javascript);
    }

    @Test
    void theWidgetsEmptyStateArrivesInALiveRegionThatWasAlreadyThere() {
        SESSION.browser().open(SESSION.partner().page("/empty-fr.html", partnerPage("")));
        // Made by script, so the region can be looked at before the element is on the page.
        Object before = SESSION.browser().script("const feed = document.createElement('newsdesk-feed');"
                + "feed.id = 'feed'; feed.lang = 'fr'; feed.setAttribute('country', 'FR');"
                + "feed.setAttribute('api', arguments[0]);"
                + "window.region = feed.shadowRoot.querySelector('[role=status]');"
                + "const text = window.region.textContent; document.body.append(feed); return text;",
                SESSION.service());
        assertEquals("", before);
        SESSION.browser().await(driver -> "empty".equals(state()));
        assertEquals(true, SESSION.browser().script("return document.querySelector('#feed').shadowRoot"
                + ".querySelector('[role=status]') === window.region"), "the same region, not a new one");
        assertEquals("Pas encore d’actualité.", SESSION.browser().script("return window.region.textContent"));
        assertEquals("status empty", SESSION.browser().script("return window.region.getAttribute('part')"));
    }

    @Test
    void onAPhoneTheFirstHeadlineComesBeforeTheFoldedFilters() {
        SESSION.browser().driver().manage().window().setSize(new Dimension(360, 800));
        try {
            SESSION.browser().open(SESSION.service() + "/");
            WebElement headline = SESSION.browser().find("main section.month h3");
            WebElement form = SESSION.browser().find("form.filters");
            assertFalse(form.isDisplayed(), "the filters are folded");
            long viewport = ((Number) SESSION.browser().script("return window.innerHeight")).longValue();
            assertTrue(headline.getRect().getY() + headline.getRect().getHeight() <= viewport,
                    "the first headline is above the fold: " + headline.getRect());
            SESSION.browser().screenshot("home-phone-folded");
            SESSION.browser().find("details.filter-toggle summary").click();
            SESSION.browser().await(ExpectedConditions.visibilityOf(form));
            SESSION.browser().screenshot("home-phone-filters");
        } finally {
            SESSION.browser().driver().manage().window().setSize(new Dimension(1280, 900));
        }
        SESSION.browser().open(SESSION.service() + "/");
        assertTrue(SESSION.browser().find("form.filters").isDisplayed(), "wide screens show the filters");
        assertFalse(SESSION.browser().find("details.filter-toggle summary").isDisplayed());
    }

    @Test
    void theDemosPreviewShowsEveryItemOfTheList() {
        for (String limit : List.of("5", "20")) {
            SESSION.browser().open(SESSION.service() + "/embed/demo?limit=" + limit);
            WebElement preview = SESSION.browser().find("iframe.preview");
            long height = preview.getRect().getHeight();
            SESSION.browser().await(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.cssSelector("iframe.preview")));
            try {
                long content = ((Number) SESSION.browser().script(
                        "return document.documentElement.scrollHeight")).longValue();
                assertTrue(content <= height, limit + " items: " + content + " px in a " + height + " px frame");
            } finally {
                SESSION.browser().driver().switchTo().defaultContent();
            }
        }
        SESSION.browser().screenshot("demo-preview");
    }

    private String partnerPage(String body) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>A partner's page</title>"
                + "<script type=module src='" + SESSION.service() + "/embed/newsdesk-feed.js'></script></head>"
                + "<body><h1>Partner news</h1>" + body + "</body></html>";
    }

    private static Object state() {
        return SESSION.browser().script("return document.querySelector('#feed')?.shadowRoot"
                + "?.querySelector('[part~=feed]')?.dataset.state");
    }

    @SuppressWarnings("unchecked")
    private static List<String> newsRequests() {
        return (List<String>) SESSION.browser().script("return performance.getEntriesByType('resource')"
                + ".map(entry => new URL(entry.name)).filter(url => url.pathname === '/api/v1/news')"
                + ".map(url => url.search.substring(1))");
    }
}
