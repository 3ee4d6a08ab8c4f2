package org.newsdesk.feed;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsdesk.news.NewsFilterParams;
import org.newsdesk.platform.http.HttpCaching;
import org.newsdesk.platform.http.PublicOrigin;
import org.newsdesk.platform.http.Rendered;
import org.newsdesk.platform.openapi.OpenApiDefinition;
import org.newsdesk.platform.security.Caller;

/**
 * Syndication feeds of the news list. No {@code @Produces}: feed readers send all kinds of Accept
 * headers (application/xml, text/xml, …) and must never get a 406; each answer names its own type.
 */
@Path("/feeds")
@Tag(name = "Feeds", description = "The newest published items of a news list, filtered like the list, as RSS 2.0, "
        + "Atom and JSON Feed 1.1 for feed readers.")
// Anonymous, or with an editor's token for status (feeds of drafts, say).
@SecurityRequirementsSet
@SecurityRequirementsSet(@SecurityRequirement(name = OpenApiDefinition.BEARER))
@APIResponse(responseCode = "304", ref = OpenApiDefinition.NOT_MODIFIED)
@APIResponse(responseCode = "400", ref = OpenApiDefinition.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = OpenApiDefinition.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = OpenApiDefinition.FORBIDDEN)
@APIResponse(responseCode = "500", ref = OpenApiDefinition.SERVER_ERROR)
public class FeedResource {

    private static final String ABOUT = " Items come newest first (by relevance with q), up to limit. Each entry has "
            + "a stable id (a tag URI on the item's id), a link to the item's web page (/news/{slug}), its publication "
            + "date, summary, topics and picture with credit. Takes the news list's filters, with the same rules "
            + "(status is for editors only).";
    private static final String LAST_MODIFIED = "When the feed last changed: the latest change to one of its items "
            + "(or the start of the day the newest appeared, if later). Answers If-Modified-Since.";

    private final FeedService feeds;
    private final RssWriter rss;
    private final AtomWriter atom;
    private final JsonFeedWriter jsonFeed;
    private final HttpCaching caching;
    private final Caller caller;

    @Context
    UriInfo uri;

    @Inject
    PublicOrigin origin;

    @Context
    HttpHeaders headers;

    public FeedResource(FeedService feeds, RssWriter rss, AtomWriter atom, JsonFeedWriter jsonFeed,
            HttpCaching caching, Caller caller) {
        this.feeds = feeds;
        this.rss = rss;
        this.atom = atom;
        this.jsonFeed = jsonFeed;
        this.caching = caching;
        this.caller = caller;
    }

    @GET
    @Path("news.rss")
    @Operation(operationId = "getRssFeed",
            summary = "News as RSS 2.0", description = "RSS 2.0 with atom:link rel=self, a category per topic "
            + "(domain: the topic's API URL) and Media RSS (media:content, media:credit) for pictures." + ABOUT)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = RssWriter.TYPE, schema = @Schema(type = SchemaType.STRING)),
            headers = {
                @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
                @Header(name = "Last-Modified", description = LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))
            })
    public Response rss(@BeanParam NewsFilterParams filter, @BeanParam FeedParams params) {
        return feed(filter, params, rss::write, RssWriter.MEDIA_TYPE);
    }

    @GET
    @Path("news.atom")
    @Operation(operationId = "getAtomFeed",
            summary = "News as Atom", description = "Atom (RFC 4287): entry updated is the item's last change, "
            + "categories carry the topic's slug (term), name (label) and the topics' URL (scheme), a picture is a "
            + "link rel=enclosure with its credit in media:credit." + ABOUT)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = AtomWriter.TYPE, schema = @Schema(type = SchemaType.STRING)),
            headers = {
                @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
                @Header(name = "Last-Modified", description = LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))
            })
    public Response atom(@BeanParam NewsFilterParams filter, @BeanParam FeedParams params) {
        return feed(filter, params, atom::write, AtomWriter.MEDIA_TYPE);
    }

    @GET
    @Path("news.json")
    @Operation(operationId = "getJsonFeed",
            summary = "News as JSON Feed 1.1", description = "JSON Feed 1.1: tags are topic names, image the "
            + "picture's URL, and the extension object _newsdesk carries the picture's credit (imageCredit)." + ABOUT)
    @APIResponse(responseCode = "200", description = "The feed.",
            content = @Content(mediaType = JsonFeedWriter.TYPE, schema = @Schema(implementation = JsonFeed.class)),
            headers = {
                @Header(name = "ETag", ref = OpenApiDefinition.ETAG),
                @Header(name = "Last-Modified", description = LAST_MODIFIED, schema = @Schema(type = SchemaType.STRING))
            })
    public Response json(@BeanParam NewsFilterParams filter, @BeanParam FeedParams params) {
        return feed(filter, params, jsonFeed::write, JsonFeedWriter.MEDIA_TYPE);
    }

    private Response feed(NewsFilterParams filter, FeedParams params, Function<NewsFeed, byte[]> writer,
            String mediaType) {
        // As on the news list: only editors may look past the public view (their answers stay private).
        if (filter.asksForStatus()) {
            caller.requireEditor();
        }
        return caching.get(headers, uri, session -> {
            NewsFeed feed = feeds.latest(session, filter, params.limit, new FeedLinks(origin.links(uri)));
            return new Rendered(new Rendered.Bytes(writer.apply(feed), mediaType), Map.of(), feed.updated());
        });
    }
}
