package org.newsdesk.feed;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A feed's own parameter, as sent; {@link FeedService} checks it with the filters. */
public class FeedParams {

    @QueryParam("limit")
    @Parameter(description = "Items in the feed, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    public String limit;
}
