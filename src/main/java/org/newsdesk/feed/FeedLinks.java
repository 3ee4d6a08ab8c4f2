package org.newsdesk.feed;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.Locale;
import org.newsdesk.platform.http.ApiLinks;

/** The links of a feed, on the public origin, as {@link ApiLinks} makes them. */
public final class FeedLinks {

    /** The year of the tag URIs' authority (RFC 4151): fixed forever, so that ids never change. */
    private static final String TAG_DATE = "2022";
    private final ApiLinks api;

    public FeedLinks(ApiLinks api) {
        this.api = api;
    }

    public ApiLinks api() {
        return api;
    }

    /** The feed's own URL, as requested. */
    public String self() {
        return api.current();
    }

    /** The web page with the same filters; a feed's limit means nothing there. */
    public String home() {
        URI home = UriBuilder.fromUri(api.currentUri()).replacePath("/").replaceQueryParam("limit").build();
        // Without filters, the plain home page rather than "/?".
        return home.getRawQuery() == null || home.getRawQuery().isEmpty()
                ? UriBuilder.fromUri(home).replaceQuery(null).build().toString() : home.toString();
    }

    /** An item's public web page. */
    public String newsPage(String slug) {
        return base().path("news").path(slug).build().toString();
    }

    /** The topics' API URL with a trailing slash: with a topic's slug appended, that topic's URL. */
    public String topicScheme() {
        return base().path(ApiLinks.API).path("topics").build() + "/";
    }

    /** A stable id: the numeric id under this host, unchanged by new slugs or titles. */
    public String tag(long id) {
        return "tag:" + api.origin().getHost().toLowerCase(Locale.ROOT) + "," + TAG_DATE + ":news/" + id;
    }

    private UriBuilder base() {
        return UriBuilder.fromUri(api.origin()).replacePath("");
    }
}
