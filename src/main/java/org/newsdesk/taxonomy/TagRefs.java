package org.newsdesk.taxonomy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short forms in which topics, countries and regions appear on news items. */
public final class TagRefs {

    private TagRefs() {
    }

    @Schema(name = "TopicRef", requiredProperties = {"slug", "name"})
    public record TopicRef(
            @Schema(examples = "pensions") String slug,
            @Schema(examples = "Pensions") String name) {
    }

    @Schema(name = "CountryRef", requiredProperties = {"code", "name"})
    public record CountryRef(
            @Schema(description = "ISO 3166-1 alpha-2 code.", examples = "TH") String code,
            @Schema(examples = "Thailand") String name) {
    }

    @Schema(name = "RegionRef", requiredProperties = {"slug", "name"})
    public record RegionRef(
            @Schema(examples = "asia-pacific") String slug,
            @Schema(examples = "Asia and the Pacific") String name) {
    }
}
