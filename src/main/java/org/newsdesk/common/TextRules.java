package org.newsdesk.common;

/** Bean Validation patterns for text fields: plain text, never markup, and no control characters. */
public final class TextRules {

    /** No control characters at all. */
    public static final String ONE_LINE = "[^\\p{Cntrl}]*";
    public static final String ONE_LINE_MESSAGE = "must be one line of text without control characters";
    /** Line breaks and tabs, but no other control characters. */
    public static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String TEXT_MESSAGE = "must be text without control characters other than line breaks and tabs";

    private TextRules() {
    }
}
