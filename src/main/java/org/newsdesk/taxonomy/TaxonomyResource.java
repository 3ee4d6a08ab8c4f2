package org.newsdesk.taxonomy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.common.ApiLinks;
import org.newsdesk.common.InvalidParametersException;
import org.newsdesk.common.OpenApiDefinition;
import org.newsdesk.common.Problem.Violation;
import org.newsdesk.taxonomy.TaxonomyViews.CountryList;
import org.newsdesk.taxonomy.TaxonomyViews.CountryView;
import org.newsdesk.taxonomy.TaxonomyViews.RegionList;
import org.newsdesk.taxonomy.TaxonomyViews.RegionView;
import org.newsdesk.taxonomy.TaxonomyViews.TopicList;
import org.newsdesk.taxonomy.TaxonomyViews.TopicView;

/** Topics, regions and countries: the vocabulary of the news filters. */
@Path(ApiLinks.API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy")
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class TaxonomyResource {

    private final TaxonomyService taxonomy;

    @Context
    UriInfo uri;

    public TaxonomyResource(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GET
    @Path("topics")
    @Operation(summary = "List topics", description = "Every topic by name, with its count of published items.")
    @APIResponse(responseCode = "200", description = "The topics.")
    public TopicList topics() {
        return new TopicList(taxonomy.topics(links()));
    }

    @GET
    @Path("topics/{slug}")
    @Operation(summary = "Get a topic")
    @APIResponse(responseCode = "200", description = "The topic.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public TopicView topic(@PathParam("slug") @Parameter(example = "pensions") String slug) {
        return taxonomy.topic(slug, links());
    }

    @GET
    @Path("regions")
    @Operation(summary = "List regions", description = "Every region by name, with its count of published items: "
            + "those tagged with the region and those tagged with one of its countries.")
    @APIResponse(responseCode = "200", description = "The regions.")
    public RegionList regions() {
        return new RegionList(taxonomy.regions(links()));
    }

    @GET
    @Path("regions/{slug}")
    @Operation(summary = "Get a region")
    @APIResponse(responseCode = "200", description = "The region.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public RegionView region(@PathParam("slug") @Parameter(example = "asia-pacific") String slug) {
        return taxonomy.region(slug, links());
    }

    @GET
    @Path("countries")
    @Operation(summary = "List countries", description = "Countries that have published items, by name, with "
            + "their region and count; all=true lists every ISO 3166-1 country.")
    @APIResponse(responseCode = "200", description = "The countries.")
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
    public CountryList countries(@QueryParam("all") @Parameter(description = "true to list every country.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String all) {
        return new CountryList(taxonomy.countries(parseBoolean("all", all), links()));
    }

    @GET
    @Path("countries/{code}")
    @Operation(summary = "Get a country", description = "By ISO 3166-1 alpha-2 code, in any case.")
    @APIResponse(responseCode = "200", description = "The country.")
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public CountryView country(@PathParam("code") @Parameter(example = "TH") String code) {
        return taxonomy.country(code, links());
    }

    private ApiLinks links() {
        return new ApiLinks(uri);
    }

    private static boolean parseBoolean(String name, String value) {
        if (value == null || value.isBlank() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidParametersException(List.of(new Violation(name, "must be true or false")));
    }
}
