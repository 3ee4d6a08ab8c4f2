package org.newsdesk.news;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsdesk.taxonomy.TagRefs.CountryRef;
import org.newsdesk.taxonomy.TagRefs.RegionRef;
import org.newsdesk.taxonomy.TagRefs.TopicRef;

/** What the news endpoints answer with. */
public final class NewsViews {

    private static final String STATUS = "Workflow state: the public only ever sees published items whose "
            + "publishedOn has come; editors also see draft, retired and scheduled (published, dated ahead) ones.";

    private NewsViews() {
    }

    @Schema(name = "NewsSummary", description = "A news item as it appears in a list.", requiredProperties = {"id",
            "slug", "title", "summary", "publishedOn", "type", "status", "language", "image", "topics", "countries",
            "regions", "updatedAt", "links"})
    public record NewsSummary(
            @Schema(examples = "10") long id,
            @Schema(examples = "reform-needed-for-thailands-pension-system-not-new-schemes") String slug,
            @Schema(examples = "Reform needed for Thailand’s pension system, not new schemes") String title,
            @Schema(examples = "The current Thai retirement pension scheme should be strengthened …") String summary,
            @Schema(examples = "2022-02-11") LocalDate publishedOn,
            NewsType type,
            @Schema(description = STATUS) NewsStatus status,
            @Schema(description = "The item's language: an ISO 639-1 code in lower case (BCP 47's primary tag).",
                    examples = "en") String language,
            @Schema(nullable = true) Image image,
            List<TopicRef> topics,
            List<CountryRef> countries,
            @Schema(description = "Regions tagged on the item and the regions of its countries.")
            List<RegionRef> regions,
            @Schema(description = "Last change to the item; what sort=updated and updatedSince go by.",
                    examples = "2026-11-25T10:00:00Z") Instant updatedAt,
            @Schema(description = "Only in search results (q): the matching words marked.")
            @JsonInclude(JsonInclude.Include.NON_NULL) Highlight highlight,
            Links links) {
    }

    @Schema(name = "Highlight", description = "Text with the words that match the search between <mark> and "
            + "</mark>; everything else is HTML-escaped, so it can be inserted as HTML as it is.",
            requiredProperties = {"title", "summary", "body"})
    public record Highlight(
            @Schema(examples = "Reform needed for Thailand’s <mark>pension</mark> system, not new schemes") String title,
            @Schema(examples = "The current Thai retirement <mark>pension</mark> scheme should be strengthened …")
            String summary,
            @Schema(nullable = true, description = "Up to two excerpts of the body; null when there is no body.")
            String body) {
    }

    @Schema(name = "NewsDetail", description = "A news item with everything about it.", requiredProperties = {"id",
            "slug", "title", "summary", "body", "publishedOn", "type", "status", "language", "translations", "revision",
            "image", "topics", "countries", "regions", "createdAt", "updatedAt", "links"})
    public record NewsDetail(
            @Schema(examples = "10") long id,
            @Schema(examples = "reform-needed-for-thailands-pension-system-not-new-schemes") String slug,
            @Schema(examples = "Reform needed for Thailand’s pension system, not new schemes") String title,
            @Schema(examples = "The current Thai retirement pension scheme should be strengthened …") String summary,
            @Schema(nullable = true, description = "Full text as sanitised HTML (see the write API for the allowed "
                    + "elements); null when the item is a summary only.") String body,
            @Schema(examples = "2022-02-11") LocalDate publishedOn,
            NewsType type,
            @Schema(description = STATUS) NewsStatus status,
            @Schema(description = "The item's language: an ISO 639-1 code in lower case (BCP 47's primary tag).",
                    examples = "en") String language,
            @Schema(description = "The same item in other languages, by language: for the public, those it may see.")
            List<Translation> translations,
            @Schema(description = "Number of the latest revision; every change adds one.", examples = "1")
            int revision,
            @Schema(nullable = true) Image image,
            List<TopicRef> topics,
            List<CountryRef> countries,
            @Schema(description = "Regions tagged on the item and the regions of its countries.")
            List<RegionRef> regions,
            @Schema(examples = "2026-11-25T10:00:00Z") Instant createdAt,
            @Schema(examples = "2026-11-25T10:00:00Z") Instant updatedAt,
            Links links) {
    }

    @Schema(name = "Translation", description = "The item in another language: a news item of its own.",
            requiredProperties = {"language", "slug", "title", "links"})
    public record Translation(
            @Schema(description = "An ISO 639-1 code in lower case.", examples = "fr") String language,
            @Schema(examples = "une-reforme-des-retraites-en-thailande") String slug,
            @Schema(examples = "Une réforme des retraites en Thaïlande") String title,
            Links links) {
    }

    @Schema(name = "Image", description = "The item's picture; any part may be missing.",
            requiredProperties = {"url", "alt", "credit"})
    public record Image(
            @Schema(nullable = true, examples = "https://example.org/images/pensions.jpg") String url,
            @Schema(nullable = true, examples = "An older man reading a letter") String alt,
            @Schema(nullable = true, examples = "© Shutterstock 2022") String credit) {
    }

    @Schema(name = "NewsLinks", requiredProperties = "self")
    public record Links(
            @Schema(examples = "http://localhost:8080/api/v1/news/reform-needed-for-thailands-pension-system-not-new-schemes")
            String self) {
    }

    @Schema(name = "NewsPage", description = "One page of news items with its position in the whole list.",
            requiredProperties = {"items", "page", "links"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewsPage(
            List<NewsSummary> items,
            PageInfo page,
            PageLinks links,
            @Schema(description = "Only when facets are asked for: per dimension, the values with their counts of "
                    + "matching items. A dimension's counts ignore that dimension's own filter.")
            Map<String, List<FacetValue>> facets) {
    }

    @Schema(name = "PageLinks", requiredProperties = {"self", "next"})
    public record PageLinks(
            @Schema(examples = "http://localhost:8080/api/v1/news?topic=pensions") String self,
            @Schema(nullable = true, description = "The next page, by an opaque cursor; null on the last page.",
                    examples = "http://localhost:8080/api/v1/news?topic=pensions&cursor=MX5uZXdlc3R-…")
            String next) {
    }

    @Schema(name = "FacetValue", requiredProperties = {"value", "name", "count"})
    public record FacetValue(
            @Schema(description = "What to filter by to get these items.", examples = "pensions") String value,
            @Schema(examples = "Pensions") String name,
            @Schema(examples = "3") long count) {
    }

    @Schema(name = "PageInfo", requiredProperties = {"number", "size", "totalItems", "totalItemsExact",
            "totalPages"})
    public record PageInfo(
            @Schema(nullable = true, description = "This page's number, from 1; null when paging by cursor.",
                    examples = "1") Integer number,
            @Schema(description = "Items per page asked for.", examples = "20") int size,
            @Schema(description = "Items matching the filters on all pages, counted up to 1000; when more match, "
                    + "1000 with totalItemsExact false.", examples = "20") long totalItems,
            @Schema(description = "Whether totalItems is the exact count.", examples = "true") boolean totalItemsExact,
            @Schema(nullable = true, description = "Pages at this size (0 when nothing matches); null when the "
                    + "count is not exact.", examples = "1") Long totalPages) {
    }

    @Schema(name = "Archive", description = "Months that have matching items, newest first.",
            requiredProperties = "months")
    public record Archive(List<MonthCount> months) {
    }

    @Schema(name = "MonthCount", requiredProperties = {"month", "count"})
    public record MonthCount(
            @Schema(examples = "2022-06") String month,
            @Schema(examples = "3") long count) {
    }
}
