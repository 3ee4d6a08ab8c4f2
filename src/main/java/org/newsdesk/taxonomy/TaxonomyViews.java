package org.newsdesk.taxonomy;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsdesk.taxonomy.TagRefs.RegionRef;

/** What the taxonomy endpoints answer with. Counts are of published news items. */
public final class TaxonomyViews {

    private TaxonomyViews() {
    }

    @Schema(name = "Topic", requiredProperties = {"slug", "name", "count", "links"})
    public record TopicView(
            @Schema(examples = "pensions") String slug,
            @Schema(examples = "Pensions") String name,
            @Schema(description = "Published items tagged with this topic.", examples = "2") long count,
            Links links) {
    }

    @Schema(name = "Region", requiredProperties = {"slug", "name", "count", "links"})
    public record RegionView(
            @Schema(examples = "asia-pacific") String slug,
            @Schema(examples = "Asia and the Pacific") String name,
            @Schema(description = "Published items tagged with this region or with one of its countries.",
                    examples = "8") long count,
            Links links) {
    }

    @Schema(name = "Country", requiredProperties = {"code", "name", "region", "count", "links"})
    public record CountryView(
            @Schema(description = "ISO 3166-1 alpha-2 code.", examples = "TH") String code,
            @Schema(examples = "Thailand") String name,
            @Schema(nullable = true, description = "Null for places outside every region, such as Antarctica.")
            RegionRef region,
            @Schema(description = "Published items tagged with this country.", examples = "1") long count,
            Links links) {
    }

    @Schema(name = "TaxonomyLinks", requiredProperties = {"self", "news"})
    public record Links(
            @Schema(examples = "http://localhost:8080/api/v1/topics/pensions") String self,
            @Schema(description = "The news list filtered by this entry.",
                    examples = "http://localhost:8080/api/v1/news?topic=pensions") String news) {
    }

    @Schema(name = "TopicList", requiredProperties = "items")
    public record TopicList(List<TopicView> items) {
    }

    @Schema(name = "RegionList", requiredProperties = "items")
    public record RegionList(List<RegionView> items) {
    }

    @Schema(name = "CountryList", requiredProperties = "items")
    public record CountryList(List<CountryView> items) {
    }
}
