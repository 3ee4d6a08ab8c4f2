package org.newsdesk.platform.text;

/**
 * Bean Validation patterns for text fields: plain text, never markup, and no control characters. Anchored, as the
 * OpenAPI document publishes them for clients whose regular expressions search rather than match whole values.
 * Bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) count as control characters: they
 * reorder what follows on the reader's screen, up to the whole page. The bidi marks (U+061C, U+200E, U+200F) stay
 * allowed, as right-to-left text needs them and they reorder nothing beyond themselves.
 */
public final class TextRules {

    /** A character class range, written with escapes that mean the same to Java and ECMA-262. */
    private static final String BIDI_CONTROLS = "\\u202A-\\u202E\\u2066-\\u2069";

    /** No control characters at all: C0, DEL and C1 (\p{Cntrl} alone would let U+0080 to U+009F through), bidi. */
    public static final String ONE_LINE = "^[^\\x00-\\x1F\\x7F-\\x9F" + BIDI_CONTROLS + "]*$";
    public static final String ONE_LINE_MESSAGE = "must be one line of text without control characters";
    /** Line breaks and tabs, but no other control characters. */
    public static final String TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F" + BIDI_CONTROLS + "]*$";
    public static final String TEXT_MESSAGE = "must be text without control characters other than line breaks and tabs";

    private TextRules() {
    }
}
