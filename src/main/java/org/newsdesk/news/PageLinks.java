package org.newsdesk.news;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.platform.http.ApiLinks;

/**
 * RFC 8288 Link header values for a paged list, keeping every other query parameter of the request.
 * Page numbers are used while they stay within the first {@code maxOffset} items; past that, and on
 * pages reached by cursor, "next" is the cursor link.
 */
public final class PageLinks {

    private PageLinks() {
    }

    /**
     * @param page this page's number, or null when it was reached by cursor
     * @param totalPages the number of pages, or null when it is not known
     * @param nextByCursor the cursor link to the next page, or null when there is none
     */
    public static String header(ApiLinks links, Integer page, int size, Long totalPages, String nextByCursor,
            int maxOffset) {
        // Unknown page count (more items than are counted): no "last", and "next" goes by cursor.
        long last = totalPages == null ? Long.MAX_VALUE : Math.max(totalPages, 1);
        boolean lastByNumber = totalPages != null && (last - 1) * size < maxOffset;
        List<String> values = new ArrayList<>(4);
        values.add(link(links, 1, "first"));
        if (page != null && page > 1) {
            values.add(link(links, Math.min(page - 1, last), "prev"));
        }
        if (page != null && page < last && (long) page * size < maxOffset) {
            values.add(link(links, page + 1, "next"));
        } else if (nextByCursor != null) {
            values.add("<" + nextByCursor + ">; rel=\"next\"");
        }
        if (page != null && lastByNumber) {
            values.add(link(links, last, "last"));
        }
        return String.join(", ", values);
    }

    private static String link(ApiLinks links, long page, String rel) {
        return "<" + links.currentAt("page", page) + ">; rel=\"" + rel + "\"";
    }
}
