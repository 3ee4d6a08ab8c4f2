package org.newsdesk.feed;

import org.jsoup.nodes.Entities;

/** Text as feeds can carry it. */
final class FeedText {

    private FeedText() {
    }

    /**
     * Drops what XML 1.0 cannot carry at all, escaped or not (control characters other than tab and line
     * breaks, lone surrogates, U+FFFE and U+FFFF): the XML writer would refuse it, and a feed must always
     * parse. Everything else is escaped by the writers.
     */
    static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(FeedText::isXmlChar).forEach(safe::appendCodePoint);
        return safe.toString();
    }

    /** Plain text as HTML, for RSS descriptions, which readers take as HTML. */
    static String html(String text) {
        return Entities.escape(text);
    }

    /** XML 1.0 §2.2 Char. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
