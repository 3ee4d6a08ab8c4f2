package org.newsdesk.common;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Absolute links to API resources, on the host and scheme the client used (X-Forwarded-* when enabled). */
public final class ApiLinks {

    public static final String API = "/api/v1";
    private final UriInfo uri;

    public ApiLinks(UriInfo uri) {
        this.uri = uri;
    }

    /** A resource such as ("news", "some-slug"). */
    public String resource(String collection, String key) {
        return resourceUri(collection, key).toString();
    }

    public URI resourceUri(String collection, String key) {
        return base().path(API).path(collection).path(key).build();
    }

    /** The news list filtered by one parameter, such as ("topic", "pensions"). */
    public String newsFilteredBy(String parameter, String value) {
        return base().path(API).path("news").queryParam(parameter, value).build().toString();
    }

    /** The request's own URL. */
    public String current() {
        return uri.getRequestUri().toString();
    }

    /** The request's URL at another position: page number or cursor, replacing both. */
    public String currentAt(String parameter, Object value) {
        return uri.getRequestUriBuilder().replaceQueryParam("page").replaceQueryParam("cursor")
                .queryParam(parameter, value).build().toString();
    }

    private UriBuilder base() {
        return uri.getBaseUriBuilder().replacePath("");
    }
}
