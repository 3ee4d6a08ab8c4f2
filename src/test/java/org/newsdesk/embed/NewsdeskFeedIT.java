package org.newsdesk.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.NewsType;
import org.newsdesk.news.SampleSlugs;
import org.newsdesk.web.BrowserSession;
import org.newsdesk.web.NeedsChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;

/**
 * {@code <newsdesk-feed>} in headless Chromium, on a partner's page at another origin than the service, so
 * both the script and the API are loaded cross-origin as on a real partner site.
 */
@QuarkusTest
@NeedsChromium
class NewsdeskFeedIT {

    private static final String LEBANON_SLUG =
            "older-people-in-lebanon-face-desperate-circumstances-due-to-lack-of-basic-social-protection";
    private static final String LEBANON_TITLE =
            "Older people in Lebanon face desperate circumstances due to lack of basic social protection guarantees";
    private static final String THAILAND_TITLE = "Reform needed for Thailand’s pension system, not new schemes";

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @Test
    void rendersTheFilteredItemsOnAnotherOriginsPage() {
        String service = SESSION.service();
        SESSION.browser().open(SESSION.partner().page("/pensions.html", page(
                "<newsdesk-feed id=pensions api='" + service + "' topic=pensions limit=5></newsdesk-feed>",
                "<newsdesk-feed id=thailand country=TH heading='Thailand' heading-level=3></newsdesk-feed>")));

        SearchContext pensions = settled("#pensions", "ready");
        assertEquals("News", text(pensions, "h2[part~=heading]"));
        assertEquals("false", feed(pensions).getDomAttribute("aria-busy"));
        assertEquals(List.of(LEBANON_TITLE, THAILAND_TITLE), texts(pensions, "li [part~=link]"));
        assertEquals(List.of(service + "/news/" + LEBANON_SLUG, service + "/news/" + SampleSlugs.THAILAND_PENSIONS),
                attributes(pensions, "li a[part~=link]", "href"));
        assertEquals(List.of("2022-05-24", "2022-02-11"), attributes(pensions, "li time[part~=date]", "datetime"));
        assertEquals(List.of("24 May 2022", "11 February 2022"), texts(pensions, "li time[part~=date]"));
        assertEquals(List.of("A new report by HelpAge International and the ILO draws on the testimonials of older "
                + "people who convey the severe hardships they face because of the lack of an adequate social "
                + "protection system in Lebanon.", "The current Thai retirement pension scheme should be strengthened "
                + "and any move to introduce new schemes or allow lump sum withdrawals avoided, according to a review "
                + "of the system by the United Nations."), texts(pensions, "li p[part~=summary]"));

        // Without an api attribute the element asks the service it was loaded from.
        SearchContext thailand = settled("#thailand", "ready");
        assertEquals("Thailand", text(thailand, "h3[part~=heading]"));
        assertEquals(List.of(THAILAND_TITLE), texts(thailand, "li [part~=link]"));
        assertEquals(List.of(service + "/news/" + SampleSlugs.THAILAND_PENSIONS),
                attributes(thailand, "li a[part~=link]", "href"));
        assertEquals(List.of("2022-02-11"), attributes(thailand, "li time[part~=date]", "datetime"));
        SESSION.browser().screenshot("widget-pensions");
    }

    @Test
    void rendersAgainWhenAnAttributeChanges() {
        SESSION.browser().open(SESSION.partner().page("/changes.html", page(
                "<newsdesk-feed id=feed api='" + SESSION.service() + "' topic=pensions></newsdesk-feed>")));
        assertEquals(List.of(LEBANON_TITLE, THAILAND_TITLE), texts(settled("#feed", "ready"), "li [part~=link]"));

        SESSION.browser().script("document.querySelector('#feed').setAttribute('topic', 'children')");
        List<String> children = List.of("ILO/UNICEF: Social protection contributes to reducing child labour");
        SESSION.browser().await(driver -> children.equals(titlesIfSettled("#feed")));

        // Both changes in one task: one request, for both filters. Limit 0 is raised to 1.
        SESSION.browser().script("const feed = document.querySelector('#feed');"
                + "feed.removeAttribute('topic'); feed.setAttribute('country', 'ID'); feed.setAttribute('limit', '0')");
        List<String> newestInIndonesia = List.of("ILO facilitates bipartite discussions on strengthening social security system");
        SESSION.browser().await(driver -> newestInIndonesia.equals(titlesIfSettled("#feed")));
        assertEquals(List.of("topic=pensions&size=5", "topic=children&size=5", "country=ID&size=1"), newsRequests());

        SESSION.browser().script("document.querySelector('#feed').setAttribute('heading', 'Indonesia')");
        assertEquals("Indonesia", text(settled("#feed", "ready"), "h2[part~=heading]"));
        assertEquals(3, newsRequests().size(), "a new heading needs no new request");
    }

    @Test
    void limitIsClampedToTwenty() {
        SESSION.browser().open(SESSION.partner().page("/limit.html", page(
                "<newsdesk-feed id=feed api='" + SESSION.service() + "' limit=500></newsdesk-feed>")));
        assertEquals(20, texts(settled("#feed", "ready"), "li [part~=link]").size());
        assertEquals(List.of("size=20"), newsRequests());
    }

    @Test
    void saysSoWhenNothingMatches() {
        SESSION.browser().open(SESSION.partner().page("/empty.html", page(
                "<newsdesk-feed id=feed api='" + SESSION.service() + "' country=FR></newsdesk-feed>")));
        SearchContext feed = settled("#feed", "empty");
        WebElement status = feed.findElement(By.cssSelector("[part~=status][part~=empty]"));
        assertEquals("No news yet.", status.getText());
        assertEquals("status", status.getDomAttribute("role"));
        assertEquals(List.of(), feed.findElements(By.cssSelector("ul")));
        SESSION.browser().screenshot("widget-empty");
    }

    @Test
    void saysSoWhenTheServiceIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SESSION.browser().open(SESSION.partner().page("/unreachable.html", page(
                "<newsdesk-feed id=feed api='http://127.0.0.1:" + closedPort + "' topic=pensions></newsdesk-feed>")));
        assertShowsError(settled("#feed", "error"));
        SESSION.browser().screenshot("widget-error");
    }

    @Test
    void saysSoWhenTheServiceRefusesTheRequest() {
        // An unknown topic is a 400 from the API.
        SESSION.browser().open(SESSION.partner().page("/refused.html", page(
                "<newsdesk-feed id=feed api='" + SESSION.service() + "' topic=no-such-topic></newsdesk-feed>")));
        assertShowsError(settled("#feed", "error"));
    }

    @Test
    void hostileTextStaysText() {
        String title = "<img src=x onerror=alert(1)>";
        String summary = "<script>document.title='owned'</script><b>bold</b> & more";
        news.create("widget-hostile", title, summary, "Body", LocalDate.of(2020, 2, 2), NewsType.NEWS, List.of(),
                List.of("IS"), List.of());
        SESSION.browser().open(SESSION.partner().page("/hostile.html", page(
                "<newsdesk-feed id=feed api='" + SESSION.service() + "' country=IS></newsdesk-feed>")));
        SearchContext feed = settled("#feed", "ready");
        assertEquals(List.of(title), texts(feed, "li [part~=link]"));
        assertEquals(List.of(summary), texts(feed, "li p[part~=summary]"));
        assertEquals(List.of(), feed.findElements(By.cssSelector("img, script, b")));
        assertEquals("A partner's page", SESSION.browser().driver().getTitle());
        assertThrows(NoAlertPresentException.class, () -> SESSION.browser().driver().switchTo().alert());
        SESSION.browser().screenshot("widget-hostile");
    }

    private static void assertShowsError(SearchContext feed) {
        WebElement status = feed.findElement(By.cssSelector("[part~=status][part~=error]"));
        assertEquals("News could not be loaded.", status.getText());
        assertEquals("alert", status.getDomAttribute("role"));
        assertEquals("false", feed(feed).getDomAttribute("aria-busy"));
        assertEquals(List.of(), feed.findElements(By.cssSelector("ul")));
    }

    private String page(String... feeds) {
        return "<!doctype html><html lang=en><head><meta charset=utf-8><title>A partner's page</title>"
                + "<script type=module src='" + SESSION.service() + "/embed/newsdesk-feed.js'></script></head>"
                + "<body><h1>Partner news</h1>" + String.join("", feeds) + "</body></html>";
    }

    /** The element's shadow root once it shows the state (not before: it may still be loading). */
    private static SearchContext settled(String host, String state) {
        SESSION.browser().await(driver -> state.equals(SESSION.browser().script(
                "return document.querySelector(arguments[0]).shadowRoot?.querySelector('[part~=feed]')?.dataset.state",
                host)));
        SearchContext root = SESSION.browser().shadow(host);
        assertEquals(state, feed(root).getDomAttribute("data-state"));
        return root;
    }

    /** The titles shown, or null while the element is loading. */
    @SuppressWarnings("unchecked")
    private static List<String> titlesIfSettled(String host) {
        return (List<String>) SESSION.browser().script("const root = document.querySelector(arguments[0]).shadowRoot;"
                + "if (root.querySelector('[part~=feed]').dataset.state === 'loading') return null;"
                + "return [...root.querySelectorAll('li [part~=link]')].map(link => link.textContent)", host);
    }

    /** The query strings of the page's requests to the news list, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> newsRequests() {
        return (List<String>) SESSION.browser().script("return performance.getEntriesByType('resource')"
                + ".map(entry => new URL(entry.name)).filter(url => url.pathname === '/api/v1/news')"
                + ".map(url => url.search.substring(1))");
    }

    private static WebElement feed(SearchContext root) {
        return root.findElement(By.cssSelector("[part~=feed]"));
    }

    private static String text(SearchContext root, String css) {
        return root.findElement(By.cssSelector(css)).getText();
    }

    private static List<String> texts(SearchContext root, String css) {
        return root.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static List<String> attributes(SearchContext root, String css, String name) {
        return root.findElements(By.cssSelector(css)).stream().map(element -> element.getDomAttribute(name)).toList();
    }
}
