package org.newsdesk.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1); absent values are left out, as the format asks. */
@Schema(name = "JsonFeed", description = "JSON Feed 1.1.", requiredProperties = {"version", "title", "home_page_url",
    "feed_url", "description", "language", "authors", "items"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonFeed(
        @Schema(examples = VERSION) String version,
        @Schema(examples = "News on Pensions in Thailand") String title,
        @JsonProperty("home_page_url") @Schema(examples = "https://news.example.org/?topic=pensions&country=TH")
        String homePageUrl,
        @JsonProperty("feed_url") @Schema(examples = "https://news.example.org/feeds/news.json?topic=pensions&country=TH")
        String feedUrl,
        String description,
        @Schema(description = "The one language asked for with lang; else the one every item is in; else en, the "
                + "language of the feed's own words.", examples = "fr") String language,
        List<Author> authors,
        List<Item> items) {

    public static final String VERSION = "https://jsonfeed.org/version/1.1";

    static JsonFeed of(NewsFeed feed) {
        return new JsonFeed(VERSION, feed.title(), feed.homeUrl(), feed.selfUrl(), feed.description(),
                feed.language(), List.of(new Author(NewsFeed.AUTHOR)),
                feed.entries().stream().map(JsonFeed::item).toList());
    }

    private static Item item(NewsFeed.Entry entry) {
        String summary = entry.summary() == null ? "" : entry.summary();
        return new Item(entry.id(), entry.url(), entry.title(), summary, summary,
                RomeOutput.uri(entry.imageUrl()) == null ? null : entry.imageUrl(),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.published()), entry.updated().toString(),
                entry.categories().isEmpty() ? null : entry.categories().stream().map(NewsFeed.Category::label).toList(),
                entry.imageCredit() == null ? null : new Extension(entry.imageCredit()));
    }

    @Schema(name = "JsonFeedAuthor", requiredProperties = "name")
    public record Author(@Schema(examples = NewsFeed.AUTHOR) String name) {
    }

    @Schema(name = "JsonFeedItem", description = "image, tags and _newsdesk are left out when "
            + "the item has none.", requiredProperties = {"id", "url", "title", "summary", "content_text",
            "date_published", "date_modified"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(
            @Schema(description = "Stable: a tag URI on the item's numeric id, unchanged when its slug changes.",
                    examples = "tag:news.example.org,2022:news/10") String id,
            @Schema(description = "The item's web page.",
                    examples = "https://news.example.org/news/reform-needed-for-thailands-pension-system-not-new-schemes")
            String url,
            String title,
            @Schema(description = "Plain text.") String summary,
            @JsonProperty("content_text") @Schema(description = "The summary again: items carry no body in feeds.")
            String contentText,
            @Schema(description = "The picture's URL.") String image,
            @JsonProperty("date_published") @Schema(description = "The start of the publication day.",
                    examples = "2022-02-11T00:00:00Z") String datePublished,
            @JsonProperty("date_modified") @Schema(examples = "2026-11-25T10:00:00.123456Z") String dateModified,
            @Schema(description = "Topic names.", examples = "[\"Pensions\"]") List<String> tags,
            @JsonProperty("_newsdesk") @Schema(description = "Newsdesk's extension: what JSON Feed has no field for.")
            Extension newsdesk) {
    }

    @Schema(name = "JsonFeedNewsdeskExtension", requiredProperties = "imageCredit")
    public record Extension(@Schema(examples = "© Shutterstock 2022") String imageCredit) {
    }
}
