package org.newsdesk.news;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of news lists and of the archive, as sent; {@link NewsFilterParser} checks them. Only month has a
 * parameter example, which Swagger UI pre-fills: the others' examples are in their schemas, so that Execute with
 * the defaults lists the items of one month instead of combining filters that match nothing together.
 */
public class NewsFilterParams {

    @QueryParam("month")
    @Parameter(description = "Only items published in this month, from " + NewsFilterParser.FIRST_YEAR
            + "-01 to " + NewsFilterParser.LAST_YEAR + "-12.", example = "2022-06",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}-\\d{2}$"))
    public String month;

    @QueryParam("year")
    @Parameter(description = "Only items published in this year, from " + NewsFilterParser.FIRST_YEAR + " to "
            + NewsFilterParser.LAST_YEAR + ".",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{4}$", examples = "2022"))
    public String year;

    @QueryParam("from")
    @Parameter(description = "Only items published on or after this day, from " + NewsFilterParser.FIRST_YEAR
            + "-01-01 to " + NewsFilterParser.LAST_YEAR + "-12-31.",
            schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2022-01-01"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Only items published on or before this day (inclusive), from "
            + NewsFilterParser.FIRST_YEAR + "-01-01 to " + NewsFilterParser.LAST_YEAR + "-12-31.",
            schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2022-06-30"))
    public String to;

    @QueryParam("topic")
    @Parameter(description = "Topic slugs; repeat the parameter or separate with commas to match any of them.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"pensions\"]"))
    public List<String> topic;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 country codes, any case; repeat or separate with commas to match any.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"TH\", \"ID\"]"))
    public List<String> country;

    @QueryParam("region")
    @Parameter(description = "Region slugs; an item is in a region when tagged with it or when one of its "
            + "countries is in it. Repeat or separate with commas to match any.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"asia-pacific\"]"))
    public List<String> region;

    @QueryParam("lang")
    @Parameter(description = "Languages: ISO 639-1 codes (BCP 47's primary tag, such as fr), any case; repeat or "
            + "separate with commas to match any. Without it every language is listed. With one value, the items' tags "
            + "are named in that language too (else as Accept-Language asks: en, fr or es; Content-Language says).",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"en\", \"fr\"]"))
    public List<String> lang;

    @QueryParam("q")
    @Parameter(description = "Full-text search over title, summary and body (English stemming), web-search syntax: "
            + "\"quoted phrase\", or, -excluded. Title matches rank above summary above body.",
            schema = @Schema(type = SchemaType.STRING, maxLength = NewsFilterParser.MAX_QUERY,
                    examples = "pension reform"))
    public String q;

    @QueryParam("updatedSince")
    @Parameter(description = "Only items changed at or after this instant (ISO 8601 with offset), for incremental "
            + "sync with sort=updated; from " + NewsFilterParser.FIRST_YEAR + "-01-01T00:00:00Z to "
            + NewsFilterParser.LAST_YEAR + "-12-31T23:59:59Z.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", examples = "2026-11-01T00:00:00Z"))
    public String updatedSince;

    @QueryParam("type")
    @Parameter(description = "Item types: news, feature, press-release, statement. Repeat or separate with commas.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = NewsType.class,
                    examples = "[\"news\", \"feature\"]"))
    public List<String> type;

    @QueryParam("status")
    @Parameter(description = "Editors only (bearer token with role editor or admin): workflow states to list "
            + "instead of the public view — draft, scheduled (published, dated in the future), published, "
            + "retired. Repeat or separate with commas.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"draft\"]"))
    public List<String> status;

    /** Whether a workflow state was asked for: a view past the public one, for editors only. */
    public boolean asksForStatus() {
        return status != null && status.stream().anyMatch(value -> !value.isBlank());
    }
}
