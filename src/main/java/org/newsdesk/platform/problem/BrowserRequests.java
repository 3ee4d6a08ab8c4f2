package org.newsdesk.platform.problem;

import java.util.Arrays;
import java.util.Locale;

/** The one notion of a browser asking for a page, which gets its errors as HTML instead of problem+json. */
public final class BrowserRequests {

    private BrowserRequests() {
    }

    /**
     * True outside the API (/api/) and Quarkus' own paths (/q/) when Accept names HTML: text/html or text/*, not
     * only a wildcard, which every client sends. Paths that only serve pages answer HTML whatever Accept says;
     * their resources decide that.
     */
    public static boolean wantsHtml(String path, String accept) {
        return accept != null && path != null && !path.startsWith("/api/") && !path.startsWith("/q/")
                && Arrays.stream(accept.split(","))
                        .map(range -> range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                        .anyMatch(type -> type.equals("text/html") || type.equals("text/*"));
    }
}
