package org.newsdesk.web;

import java.util.List;
import org.jsoup.nodes.Entities;

/** The HTML a partner pastes: the web component, or an iframe (also the html of oEmbed answers). */
final class EmbedSnippets {

    /** Where the web component's script lives (built with the widget, served as a static file). */
    static final String SCRIPT_PATH = "/embed/newsdesk-feed.js";

    private EmbedSnippets() {
    }

    static String webComponent(SiteLinks links, WebQuery tags, int limit) {
        StringBuilder element = new StringBuilder("<newsdesk-feed");
        attribute(element, "topic", tags.topic());
        attribute(element, "country", tags.country());
        attribute(element, "region", tags.region());
        // HTML's own lang attribute, so one language: the list's and its words' (several stay in the iframe's).
        if (tags.lang().size() == 1) {
            attribute(element, "lang", tags.lang());
        }
        element.append(" limit=\"").append(limit).append("\"></newsdesk-feed>");
        return "<script type=\"module\" src=\"" + escape(links.base() + SCRIPT_PATH) + "\"></script>\n" + element;
    }

    static String iframe(String src, String title, int width, int height) {
        return "<iframe src=\"" + escape(src) + "\" title=\"" + escape(title) + "\" width=\"" + width
                + "\" height=\"" + height + "\" loading=\"lazy\"></iframe>";
    }

    private static void attribute(StringBuilder element, String name, List<String> values) {
        if (!values.isEmpty()) {
            element.append(' ').append(name).append("=\"").append(escape(String.join(",", values))).append('"');
        }
    }

    /** For text and double-quoted attribute values. */
    static String escape(String text) {
        return Entities.escape(text);
    }
}
