package org.newsdesk.common;

/**
 * Bean Validation patterns for text fields: plain text, never markup, and no control characters. Anchored, as the
 * OpenAPI document publishes them for clients whose regular expressions search rather than match whole values.
 */
public final class TextRules {

    /** No control characters at all: C0, DEL and C1 (\p{Cntrl} alone would let U+0080 to U+009F through). */
    public static final String ONE_LINE = "^[^\\x00-\\x1F\\x7F-\\x9F]*$";
    public static final String ONE_LINE_MESSAGE = "must be one line of text without control characters";
    /** Line breaks and tabs, but no other control characters. */
    public static final String TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]*$";
    public static final String TEXT_MESSAGE = "must be text without control characters other than line breaks and tabs";

    private TextRules() {
    }
}
