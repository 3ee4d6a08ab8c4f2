package org.newsdesk.news;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Order and page of a news list, as sent; {@link NewsFilterParser} checks them. */
public class PagingParams {

    @QueryParam("sort")
    @Parameter(description = "newest (default) or oldest first, by publication date.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"newest", "oldest"}, defaultValue = "newest"))
    public String sort;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String size;
}
