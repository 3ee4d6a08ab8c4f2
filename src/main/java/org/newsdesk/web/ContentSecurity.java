package org.newsdesk.web;

/**
 * The Content-Security-Policy of each kind of page: nothing but the site's own stylesheet and pictures
 * (no script, no inline style), forms only to the site, and no framing, except for the embeddable pages,
 * which any site may frame, and the demo page, which frames its own preview.
 */
final class ContentSecurity {

    private static final String BASE = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; "
            + "form-action 'self'; base-uri 'none'; ";
    static final String PAGE = BASE + "frame-ancestors 'none'";
    static final String EMBED = BASE + "frame-ancestors *";
    static final String DEMO = BASE + "frame-src 'self'; frame-ancestors 'none'";
    static final String HEADER = "Content-Security-Policy";

    private ContentSecurity() {
    }

    static String forPath(String path) {
        if (isEmbed(path)) {
            return EMBED;
        }
        return path.equals("/embed/demo") ? DEMO : PAGE;
    }

    /** The pages other sites frame: /embed/news and /embed/news/{slug}. */
    static boolean isEmbed(String path) {
        return path.equals("/embed/news") || path.startsWith("/embed/news/");
    }
}
