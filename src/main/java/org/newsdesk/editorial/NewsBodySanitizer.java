package org.newsdesk.editorial;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * News bodies are HTML, cut down on write to a safe subset with jsoup's allow-list cleaner: structure
 * and emphasis, links and images over http(s) only. Scripts, styles, event handlers, frames, forms and
 * javascript: or data: URLs never reach the database.
 */
final class NewsBodySanitizer {

    static final String ALLOWED = "p, br, hr, h2–h6, strong, b, em, i, u, s, sub, sup, small, mark, code, pre, "
            + "blockquote (cite), q (cite), cite, abbr (title), ul, ol (start), li, dl, dt, dd, figure, figcaption, "
            + "table, caption, thead, tbody, tfoot, tr, th, td (colspan, rowspan), a (href: http, https, mailto; "
            + "title; rel=\"nofollow noopener\" is added), img (src: http, https; alt, title, width, height)";

    private static final Safelist SAFE = new Safelist()
            .addTags("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                    "small", "mark", "code", "pre", "blockquote", "q", "cite", "abbr", "ul", "ol", "li", "dl", "dt",
                    "dd", "figure", "figcaption", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a",
                    "img")
            .addAttributes("blockquote", "cite").addProtocols("blockquote", "cite", "http", "https")
            .addAttributes("q", "cite").addProtocols("q", "cite", "http", "https")
            .addAttributes("abbr", "title")
            .addAttributes("ol", "start")
            .addAttributes("th", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("a", "href", "title").addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener")
            .addAttributes("img", "src", "alt", "title", "width", "height").addProtocols("img", "src", "http", "https");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private NewsBodySanitizer() {
    }

    /** The safe form of a body; null for a missing or blank one (so is a body with nothing safe left). */
    static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = Jsoup.clean(html.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", ""), "", SAFE, OUTPUT)
                .strip();
        return clean.isEmpty() ? null : clean;
    }
}
