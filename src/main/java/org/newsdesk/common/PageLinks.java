package org.newsdesk.common;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** RFC 8288 Link header values for a paged list, keeping every other query parameter of the request. */
public final class PageLinks {

    private PageLinks() {
    }

    public static String header(UriInfo uri, int page, long totalPages) {
        long last = Math.max(totalPages, 1);
        List<String> links = new ArrayList<>(4);
        links.add(link(uri, 1, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, long page, String rel) {
        return "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
