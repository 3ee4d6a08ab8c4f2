package org.newsdesk.news;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A search ({@code q}, web-search syntax) as people read it in a title or heading. */
public final class SearchText {

    private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)(?:\"|$)");

    private SearchText() {
    }

    /**
     * The search in “…”: a search that is one phrase needs no quotes of its own, and phrases within a
     * longer search are quoted ‘…’, as quotes within quotes are.
     */
    public static String quoted(String query) {
        Matcher phrase = PHRASE.matcher(query);
        if (phrase.matches() && !phrase.group(1).isBlank()) {
            return "“" + phrase.group(1) + "”";
        }
        return "“" + phrase.replaceAll(found -> Matcher.quoteReplacement("‘" + found.group(1) + "’")) + "”";
    }
}
