package org.newsdesk.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsdesk.feed.FeedDocuments.ATOM;
import static org.newsdesk.feed.FeedDocuments.ATOM_TYPE;
import static org.newsdesk.feed.FeedDocuments.RSS_TYPE;
import static org.newsdesk.feed.FeedDocuments.XML;
import static org.newsdesk.feed.FeedDocuments.child;
import static org.newsdesk.feed.FeedDocuments.children;
import static org.newsdesk.feed.FeedDocuments.text;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.NewsType;
import org.w3c.dom.Element;

/**
 * Feeds carry their language: RSS's channel language and each item's Dublin Core language, Atom's xml:lang on the
 * feed and on each entry, JSON Feed's language. The feed's is the one asked for with lang, else the one all its items
 * share, else en (its own words). Asked for in French or Spanish, its own words and the names in its title are too.
 * A French and a Spanish item of this test's own, newer than the English samples.
 */
@QuarkusTest
class FeedLanguageIT {

    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final String FRENCH = "feed-lang-protection-sociale";
    private static final String SPANISH = "feed-lang-pensiones";

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @BeforeEach
    void aFrenchAndASpanishItem() throws SQLException {
        long french = news.create(FRENCH, LocalDate.of(2024, 5, 2), NewsType.NEWS, List.of(), List.of("NC"), List.of());
        long spanish = news.create(SPANISH, LocalDate.of(2024, 5, 1), NewsType.NEWS, List.of(), List.of("BO"),
                List.of());
        news.execute("UPDATE news_item SET language = ? WHERE id = ?", "fr", french);
        news.execute("UPDATE news_item SET language = ? WHERE id = ?", "es", spanish);
    }

    @Test
    void rssSaysTheFeedsLanguageAndEachItemsOwn() {
        Element french = child(FeedDocuments.xml("/feeds/news.rss?lang=fr", RSS_TYPE), null, "channel");
        assertEquals("fr", text(french, null, "language"));
        assertEquals(List.of("fr"), children(french, null, "item").stream()
                .map(item -> text(item, DUBLIN_CORE, "language")).toList());

        Element all = child(FeedDocuments.xml("/feeds/news.rss", RSS_TYPE), null, "channel");
        assertEquals("en", text(all, null, "language"), "items in three languages: the feed's own words'");
        Map<String, String> byLink = children(all, null, "item").stream().collect(Collectors.toMap(
                item -> text(item, null, "link"), item -> text(item, DUBLIN_CORE, "language")));
        assertEquals("fr", byLink.get(FeedDocuments.base() + "/news/" + FRENCH));
        assertEquals("es", byLink.get(FeedDocuments.base() + "/news/" + SPANISH));
        assertEquals(Set.of("en"), byLink.entrySet().stream()
                .filter(item -> !item.getKey().endsWith(FRENCH) && !item.getKey().endsWith(SPANISH))
                .map(Map.Entry::getValue).collect(Collectors.toSet()), "the rest are the English samples");
    }

    @Test
    void atomSaysItOnTheFeedAndOnEachEntry() {
        Element spanish = FeedDocuments.xml("/feeds/news.atom?lang=es", ATOM_TYPE);
        assertEquals("es", spanish.getAttributeNS(XML, "lang"));
        assertEquals(List.of("es"), children(spanish, ATOM, "entry").stream()
                .map(entry -> entry.getAttributeNS(XML, "lang")).toList());

        Element both = FeedDocuments.xml("/feeds/news.atom?lang=fr,es", ATOM_TYPE);
        assertEquals("en", both.getAttributeNS(XML, "lang"));
        assertEquals(List.of("fr", "es"), children(both, ATOM, "entry").stream()
                .map(entry -> entry.getAttributeNS(XML, "lang")).toList());
    }

    @Test
    void aFeedAskedForInFrenchOrSpanishHasItsOwnWordsAndNamesInIt() {
        Element french = child(FeedDocuments.xml("/feeds/news.rss?lang=fr", RSS_TYPE), null, "channel");
        assertEquals("Actualités de Newsdesk", text(french, null, "title"));
        assertEquals("Actualités de Newsdesk : les plus récentes d’abord.", text(french, null, "description"));
        assertEquals("Actualités · Pays : Nouvelle-Calédonie", FeedDocuments.json("/feeds/news.json?lang=fr&country=NC")
                .getString("title"));
        assertEquals("Reportajes · Países: Bolivia · mayo de 2024", FeedDocuments.json(
                "/feeds/news.json?lang=es&country=BO&type=feature&month=2024-05").getString("title"));
        assertEquals("Noticias · Búsqueda: “pensiones”: las más pertinentes primero.",
                FeedDocuments.json("/feeds/news.json?lang=es&q=pensiones").getString("description"));
        // English, and languages without words of their own, keep the English sentences.
        assertEquals("News in New Caledonia", FeedDocuments.json("/feeds/news.json?country=NC").getString("title"));
        assertEquals("News in New Caledonia", FeedDocuments.json("/feeds/news.json?lang=de&country=NC")
                .getString("title"));
    }

    @Test
    void aFeedWhoseItemsShareALanguageIsInIt() {
        assertEquals("fr", FeedDocuments.json("/feeds/news.json?country=NC").getString("language"));
        assertEquals("es", FeedDocuments.json("/feeds/news.json?lang=es").getString("language"));
        assertEquals("en", FeedDocuments.json("/feeds/news.json?lang=fr,es").getString("language"));
    }
}
