package org.newsdesk.taxonomy;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.http.ContentLanguage;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.ParamChecks;
import org.newsdesk.platform.http.PublicOrigin;
import org.newsdesk.platform.http.Rendered;
import org.newsdesk.platform.openapi.OpenApiDefinition;
import org.newsdesk.taxonomy.TaxonomyViews.CountryList;
import org.newsdesk.taxonomy.TaxonomyViews.CountryView;

/** Countries: ISO 3166-1 reference data, with counts. Topics and regions are served by {@link TermResource}. */
@Path(ApiLinks.API)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy")
@SecurityRequirements // public: no token
@APIResponse(responseCode = "406", ref = OpenApiDefinition.NOT_ACCEPTABLE)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class TaxonomyResource {

    private final TaxonomyService taxonomy;
    private final HttpCaching caching;

    @Context
    UriInfo uri;

    @Inject
    PublicOrigin origin;

    @Context
    HttpHeaders headers;

    public TaxonomyResource(TaxonomyService taxonomy, HttpCaching caching) {
        this.taxonomy = taxonomy;
        this.caching = caching;
    }

    @GET
    @Path("countries")
    @Operation(operationId = "listCountries",
            summary = "List countries", description = "Countries that have published items, by name, with "
            + "their region and count; all=true lists every ISO 3166-1 country.")
    @APIResponse(responseCode = "200", description = "The countries.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryList.class)),
            headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG))
    @APIResponse(responseCode = "304", ref = OpenApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
    public Response countries(@QueryParam("all") @Parameter(description = "true to list every country.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String all,
            @QueryParam("lang") @Parameter(description = TermResource.LANG,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"fr\"]"))
            List<String> lang) {
        String language = ContentLanguage.named(lang, headers);
        return cached(language, session -> {
            ParamChecks checks = new ParamChecks();
            boolean every = checks.flag("all", all);
            checks.throwIfAny();
            return new CountryList(taxonomy.countries(session, every, links(), language));
        });
    }

    @GET
    @Path("countries/{code}")
    @Operation(operationId = "getCountry",
            summary = "Get a country", description = "By ISO 3166-1 alpha-2 code, in any case.")
    @APIResponse(responseCode = "200", description = "The country.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryView.class)),
            headers = @Header(name = "ETag", ref = OpenApiDefinition.ETAG))
    @APIResponse(responseCode = "304", ref = OpenApiDefinition.NOT_MODIFIED)
    @APIResponse(responseCode = "404", ref = OpenApiDefinition.NOT_FOUND)
    public Response country(@PathParam("code") @Parameter(example = "TH") String code,
            @QueryParam("lang") @Parameter(description = TermResource.LANG,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, examples = "[\"fr\"]"))
            List<String> lang) {
        String language = ContentLanguage.named(lang, headers);
        return cached(language, session -> taxonomy.country(session, code, links(), language));
    }

    private Response cached(String language, Function<ReadSession, Object> body) {
        return caching.get(headers, uri, language, session -> Rendered.of(body.apply(session)));
    }

    private ApiLinks links() {
        return origin.links(uri);
    }
}
