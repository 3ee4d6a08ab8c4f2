package org.newsdesk.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A feed before it has a format: what the RSS, Atom and JSON Feed writers render. Its text is already
 * XML-safe ({@link FeedText#xmlSafe}), so every format carries the same words.
 *
 * @param language the feed's language (see {@link FeedService#language}); each entry also has its own
 * @param updated when the feed last changed visibly (see {@link FeedService}); null when it is empty
 */
public record NewsFeed(String title, String description, String language, String selfUrl, String homeUrl,
        Instant updated, List<Entry> entries) {

    /** The language of a feed's own words (title, description), unless it is asked for in fr or es (FeedWords). */
    public static final String OWN_LANGUAGE = "en";
    public static final String AUTHOR = "Newsdesk";

    /**
     * One item.
     *
     * @param id a tag URI on the item's numeric id, which outlives slug changes
     * @param url the item's public web page
     * @param summary plain text, may be null
     * @param imageUrl may be null, also when there is a credit
     * @param imageCredit may be null
     * @param language the item's, an ISO 639-1 code
     */
    public record Entry(String id, String url, String title, String summary, OffsetDateTime published,
            Instant updated, List<Category> categories, String imageUrl, String imageCredit, String language) {
    }

    /** A topic: {@code scheme + term} is the topic's API URL, {@code label} its name. */
    public record Category(String scheme, String term, String label) {

        public String url() {
            return scheme + term;
        }
    }
}
