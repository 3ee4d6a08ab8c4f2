package org.newsdesk.platform.http;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.regex.Pattern;

/** Absolute links to API resources, on the public origin ({@link PublicOrigin#links}). */
public final class ApiLinks {

    public static final String API = "/api/v1";
    /** What a key may hold to be written into a path as it is (RFC 3986's unreserved characters). */
    private static final Pattern PLAIN_SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
    private final URI origin;
    private final URI request;
    /** scheme://host[:port], made once per request: a page links each of its items. */
    private String originText;

    /** {@code origin} is scheme://host[:port]; {@code request} the request's URL on that origin. */
    ApiLinks(URI origin, URI request) {
        this.origin = origin;
        this.request = request;
    }

    /** A resource such as ("news", "some-slug"). */
    public String resource(String collection, String key) {
        if (!PLAIN_SEGMENT.matcher(collection).matches() || !PLAIN_SEGMENT.matcher(key).matches()) {
            return resourceUri(collection, key).toString();
        }
        if (originText == null) {
            originText = base().build().toString();
        }
        return originText + API + "/" + collection + "/" + key;
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
        return request.toString();
    }

    /** The request's URL, to build others from. */
    public URI currentUri() {
        return request;
    }

    /** The request's URL at another position: page number or cursor, replacing both. */
    public String currentAt(String parameter, Object value) {
        return UriBuilder.fromUri(request).replaceQueryParam("page").replaceQueryParam("cursor")
                .queryParam(parameter, value).build().toString();
    }

    /** Scheme, host and port. */
    public URI origin() {
        return origin;
    }

    private UriBuilder base() {
        return UriBuilder.fromUri(origin).replacePath("");
    }
}
