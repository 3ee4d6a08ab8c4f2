package org.newsdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The public pages in headless Chromium, as a reader uses them: the home page by month, the filter form
 * (which changes the list and the address), an item page, the iframe embed on another site, a phone's width.
 */
@QuarkusTest
@NeedsChromium
class NewsPagesBrowserIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    @Test
    void theHomePageShowsTheSampleItemsUnderTheirMonths() {
        SESSION.browser().driver().manage().window().setSize(new Dimension(1280, 2400));
        SESSION.browser().open(SESSION.service() + "/");
        assertEquals("News and features", SESSION.browser().find("main h1").getText());
        Map<String, List<String>> shown = months();
        Map<String, List<String>> sample = WebPages.sampleMonths();
        assertEquals(List.copyOf(sample.keySet()), List.copyOf(shown.keySet()), "month headings, newest first");
        sample.forEach((month, titles) -> assertEquals(titles.size(), shown.get(month).size(), month));
        assertEquals(20, shown.values().stream().mapToInt(List::size).sum());
        SESSION.browser().screenshot("home");
    }

    @Test
    void filteringByTopicThenCountryChangesTheListAndTheAddress() {
        SESSION.browser().open(SESSION.service() + "/");
        new Select(SESSION.browser().find("#filter-topic")).selectByValue("pensions");
        SESSION.browser().find("form.filters button[type=submit]").click();
        SESSION.browser().await(ExpectedConditions.urlContains("topic=pensions"));
        List<String> pensions = titles();
        assertEquals(WebPages.sampleTagged("topics", "pensions").size(), pensions.size());
        WebPages.sampleTagged("topics", "pensions").forEach(start ->
                assertTrue(pensions.stream().anyMatch(title -> title.startsWith(start)), start));

        new Select(SESSION.browser().find("#filter-topic")).selectByValue("");
        new Select(SESSION.browser().find("#filter-country")).selectByValue("TH");
        SESSION.browser().find("form.filters button[type=submit]").click();
        SESSION.browser().await(ExpectedConditions.urlContains("country=TH"));
        assertTrue(!SESSION.browser().driver().getCurrentUrl().contains("topic=pensions"), "the topic was cleared");
        List<String> thailand = titles();
        assertEquals(WebPages.sampleTagged("countries_iso2", "TH").size(), thailand.size());
        SESSION.browser().screenshot("home-thailand");
    }

    @Test
    void anItemPageOpensFromTheList() {
        SESSION.browser().open(SESSION.service() + "/?topic=pensions");
        WebElement first = SESSION.browser().find("main section.month h3 a");
        String title = first.getText();
        first.click();
        SESSION.browser().await(ExpectedConditions.urlContains("/news/"));
        assertEquals(title, SESSION.browser().find("main h1").getText());
        assertTrue(SESSION.browser().driver().getTitle().startsWith(title), SESSION.browser().driver().getTitle());
        SESSION.browser().screenshot("item");
    }

    @Test
    void theIframeEmbedWorksOnAnotherSite() {
        String embed = SESSION.service() + "/embed/news?topic=pensions&limit=5";
        SESSION.browser().open(SESSION.partner().page("/iframe.html", "<!doctype html><html lang=en><head><title>Partner</title></head>"
                + "<body><h1>Partner site</h1><iframe id=news title='News' width=600 height=400 src='" + embed
                + "'></iframe></body></html>"));
        SESSION.browser().await(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("news")));
        try {
            List<String> titles = SESSION.browser().driver().findElements(By.cssSelector("li a")).stream()
                    .map(WebElement::getText).filter(text -> !text.isBlank()).toList();
            assertEquals(WebPages.sampleTagged("topics", "pensions").size(), titles.size(), titles.toString());
        } finally {
            SESSION.browser().driver().switchTo().defaultContent();
        }
        SESSION.browser().screenshot("embed-iframe");
    }

    @Test
    void aPhoneWidthHasNoHorizontalScroll() {
        SESSION.browser().driver().manage().window().setSize(new Dimension(360, 800));
        try {
            SESSION.browser().open(SESSION.service() + "/");
            long scrollWidth = ((Number) SESSION.browser().script("return document.documentElement.scrollWidth")).longValue();
            long viewport = ((Number) SESSION.browser().script("return document.documentElement.clientWidth")).longValue();
            assertTrue(scrollWidth <= viewport, "page " + scrollWidth + " px wide in a " + viewport + " px viewport");
            SESSION.browser().screenshot("home-phone");
        } finally {
            SESSION.browser().driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private Map<String, List<String>> months() {
        Map<String, List<String>> months = new LinkedHashMap<>();
        for (WebElement section : SESSION.browser().driver().findElements(By.cssSelector("main section.month"))) {
            months.put(section.findElement(By.tagName("h2")).getText(), new ArrayList<>(
                    section.findElements(By.tagName("h3")).stream().map(WebElement::getText).toList()));
        }
        return months;
    }

    private List<String> titles() {
        return SESSION.browser().driver().findElements(By.cssSelector("main section.month h3")).stream()
                .map(WebElement::getText).toList();
    }
}
