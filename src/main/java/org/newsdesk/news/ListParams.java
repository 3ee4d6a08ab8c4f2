package org.newsdesk.news;

import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Order, page and facets of a news list, as sent; {@link NewsFilterParser} checks them. */
public class ListParams {

    @QueryParam("sort")
    @Parameter(description = "newest (default) or oldest first by publication date; relevance (the default "
            + "with q, which it needs); updated: most recently changed first, for incremental sync.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"newest", "oldest", "relevance", "updated"}))
    public String sort;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1, for the first " + Paging.MAX_OFFSET + " items; deeper, "
            + "follow links.next. Cannot be combined with cursor.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;

    @QueryParam("cursor")
    @Parameter(description = "Opaque position from links.next of a previous page of the same list (same filters); "
            + "every page costs the same however deep. Cannot be combined with page.",
            schema = @Schema(type = SchemaType.STRING))
    public String cursor;

    @QueryParam("facets")
    @Parameter(description = "Dimensions to count matching items by: topic, country, region, type, month, year "
            + "(repeat or comma-separate). Each dimension's counts ignore its own filter.",
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class,
                    examples = "[\"topic\", \"country\"]"))
    public List<String> facets;
}
