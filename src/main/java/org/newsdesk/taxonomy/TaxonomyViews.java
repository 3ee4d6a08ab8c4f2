package org.newsdesk.taxonomy;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsdesk.taxonomy.TagRefs.RegionRef;

/** What the taxonomy endpoints answer with. Counts are of published news items. */
public final class TaxonomyViews {

    private static final String NAMES = "The names admins wrote in other languages, by ISO 639-1 code; the "
            + "English name is the entry's name in English.";

    private TaxonomyViews() {
    }

    @Schema(name = "Topic", requiredProperties = {"slug", "name", "language", "names", "count", "links"})
    public record TopicView(
            @Schema(examples = "pensions") String slug,
            @Schema(examples = "Retraites") String name,
            @Schema(description = "The language name is in: the one asked for (lang, else Accept-Language), or en when "
                    + "the entry has no name in it.", examples = "fr") String language,
            @Schema(description = NAMES, examples = "{\"fr\": \"Retraites\", \"es\": \"Pensiones\"}")
            Map<String, String> names,
            @Schema(description = "Published items tagged with this topic.", examples = "2") long count,
            Links links) {
    }

    @Schema(name = "Region", requiredProperties = {"slug", "name", "language", "names", "count", "links"})
    public record RegionView(
            @Schema(examples = "asia-pacific") String slug,
            @Schema(examples = "Asie et Pacifique") String name,
            @Schema(description = "The language name is in: the one asked for (lang, else Accept-Language), or en when "
                    + "the entry has no name in it.", examples = "fr") String language,
            @Schema(description = NAMES, examples = "{\"fr\": \"Asie et Pacifique\"}") Map<String, String> names,
            @Schema(description = "Published items tagged with this region or with one of its countries.",
                    examples = "8") long count,
            Links links) {
    }

    @Schema(name = "Country", requiredProperties = {"code", "name", "language", "region", "count", "links"})
    public record CountryView(
            @Schema(description = "ISO 3166-1 alpha-2 code.", examples = "TH") String code,
            @Schema(description = "From the JDK's CLDR data in languages other than English.", examples = "Thaïlande")
            String name,
            @Schema(description = "The language name is in: the one asked for (lang, else Accept-Language), or en when "
                    + "the entry has no name in it.", examples = "fr") String language,
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
