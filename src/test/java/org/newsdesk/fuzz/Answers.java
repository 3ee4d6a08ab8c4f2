package org.newsdesk.fuzz;

/** How the fuzz tests quote what the service answered when they report a failure. */
final class Answers {

    private Answers() {
    }

    /** The start of an answer (or of a value sent): enough to see what went wrong, short enough to list many. */
    static String clip(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
