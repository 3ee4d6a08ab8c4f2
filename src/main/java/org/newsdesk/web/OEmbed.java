package org.newsdesk.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An oEmbed 1.0 answer of type rich: an iframe of the embeddable view of the page asked about. */
@Schema(name = "OEmbed", description = "oEmbed 1.0 rich response (https://oembed.com): html is an iframe of the "
        + "page's embeddable view, width and height are within maxwidth and maxheight.", requiredProperties = {"type",
        "version", "title", "provider_name", "provider_url", "html", "width", "height", "cache_age", "language"})
public record OEmbed(
        @Schema(examples = "rich") String type,
        @Schema(examples = "1.0") String version,
        @Schema(examples = "News and features: Pensions") String title,
        @JsonProperty("provider_name") @Schema(examples = "Newsdesk") String providerName,
        @JsonProperty("provider_url") @Schema(examples = "https://news.example.org/") String providerUrl,
        @Schema(description = "The HTML to insert: an iframe.", examples = "<iframe src=\"https://news.example.org/"
                + "embed/news?topic=pensions\" title=\"News from Newsdesk\" width=\"600\" height=\"500\" "
                + "loading=\"lazy\"></iframe>") String html,
        @Schema(examples = "600") int width,
        @Schema(examples = "500") int height,
        @JsonProperty("cache_age") @Schema(description = "Seconds a consumer may keep this answer.",
                examples = "3600") long cacheAge,
        @Schema(description = "Newsdesk's addition to oEmbed: the language of the embed (its <html lang>), an ISO "
                + "639-1 code: the lang of a list's URL when it names one language, else en; an item's own.",
                examples = "fr") String language) {
}
