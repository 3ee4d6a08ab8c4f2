package org.newsdesk.news;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.newsdesk.news.NewsViews.Highlight;
import org.tartarus.snowball.SnowballStemmer;

/**
 * A search's words marked in the items of one page and one language: titles and summaries whole, bodies as up to two
 * excerpts. A word is marked when PostgreSQL's configuration for the item's language ({@link SearchLanguage}) makes it
 * one of the query's lexemes: lower-cased, not a stop word, then stemmed by the language's Snowball stemmer, the one
 * PostgreSQL uses (over a 73,000-word English dictionary the two gave the same stem for every word). Done here and not
 * with ts_headline, which parsed and stemmed every word of the page's bodies inside the database and took most of a
 * search's time there (docs/performance.md). One per page and language: it remembers the words it has looked at, and
 * is not for sharing between threads.
 */
final class Highlighter {

    /** Marks around a matching word; private-use characters, removed from the text beforehand. */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';
    /** At most this many excerpts of a body, of at most this many words each, opening this many words before a match. */
    static final int EXCERPTS = 2;
    static final int EXCERPT_WORDS = 30;
    static final int LEAD_WORDS = 6;
    /** A body without a match shows its opening words. */
    static final int OPENING_WORDS = 12;
    static final String BETWEEN_EXCERPTS = " … ";

    private static final String NO_MATCH = "";

    private final Set<String> lexemes;
    /**
     * Per first letter without its accent, the shortest lexeme: Snowball keeps a word's first letter, but for the
     * accent the Spanish stemmer removes, and never lengthens a word.
     */
    private final Map<Character, Integer> shortestByFirst = new HashMap<>();
    private final Map<String, String> seen = new HashMap<>();
    private final Set<String> stopWords;
    private final SnowballStemmer stemmer;

    private Highlighter(Set<String> lexemes, SearchLanguage language) {
        this.lexemes = lexemes;
        this.stopWords = language.stopWords();
        this.stemmer = language.stemmer();
        for (String lexeme : lexemes) {
            shortestByFirst.merge(unaccented(lexeme.charAt(0)), lexeme.length(), Math::min);
        }
    }

    /**
     * For the query as PostgreSQL parsed it in {@code language} and prints it (a tsquery's text), marking its lexemes
     * but not the negated ones.
     */
    static Highlighter forQuery(String tsquery, SearchLanguage language) {
        return new Highlighter(ParsedQuery.lexemes(tsquery), language);
    }

    /** Title and summary marked whole; the body (sanitised HTML) as text, cut to the excerpts around its matches. */
    Highlight highlight(String title, String summary, String body) {
        return new Highlight(markAll(title), markAll(summary), body == null ? null : excerpts(text(body)));
    }

    String markAll(String text) {
        if (text == null) {
            return null;
        }
        Words words = words(text);
        return words.render(0, words.count, false);
    }

    String excerpts(String text) {
        Words words = words(text);
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < words.count; i++) {
            if (words.lexemes[i] != null) {
                matches.add(i);
            }
        }
        if (matches.isEmpty()) {
            return words.render(0, Math.min(OPENING_WORDS, words.count), true);
        }
        List<int[]> chosen = new ArrayList<>();
        for (int n = 0; n < EXCERPTS; n++) {
            int[] best = null;
            int[] bestScore = null;
            for (int anchor : matches) {
                int[] window = window(anchor, words.count, chosen);
                if (window == null) {
                    continue;
                }
                int[] score = words.score(window);
                if (best == null || score[0] > bestScore[0] || score[0] == bestScore[0] && score[1] > bestScore[1]) {
                    best = window;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
        }
        chosen.sort((a, b) -> Integer.compare(a[0], b[0]));
        return chosen.stream().map(window -> words.render(window[0], window[1], true))
                .collect(Collectors.joining(BETWEEN_EXCERPTS));
    }

    /** Words [start, end) around the match at {@code anchor}, kept clear of the excerpts already chosen; null if none. */
    private static int[] window(int anchor, int count, List<int[]> chosen) {
        int start = Math.max(0, Math.min(anchor - LEAD_WORDS, count - EXCERPT_WORDS));
        int end = Math.min(count, start + EXCERPT_WORDS);
        for (int[] taken : chosen) {
            if (anchor >= taken[0] && anchor < taken[1]) {
                return null;
            }
            if (start < taken[1] && end > taken[0]) {
                if (anchor >= taken[1]) {
                    start = taken[1];
                } else {
                    end = taken[0];
                }
            }
        }
        return new int[] {start, end};
    }

    /** The text of a sanitised HTML body; text without markup or entities is taken as it is. */
    private static String text(String html) {
        return html.indexOf('<') < 0 && html.indexOf('&') < 0 ? html : Jsoup.parseBodyFragment(html).text();
    }

    private Words words(String text) {
        String plain = text.indexOf(MARK_START) < 0 && text.indexOf(MARK_END) < 0 ? text
                : text.replace(String.valueOf(MARK_START), "").replace(String.valueOf(MARK_END), "");
        Words words = new Words(plain);
        int i = 0;
        while (i < plain.length()) {
            if (!Character.isLetterOrDigit(plain.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = true;
            while (i < plain.length() && Character.isLetterOrDigit(plain.charAt(i))) {
                digits &= Character.isDigit(plain.charAt(i));
                i++;
            }
            // PostgreSQL reads "1.5" and "2.1.3" as one number, and one after a hyphen as negative: "covid-19" is
            // 'covid' and '-19'.
            while (digits && i + 1 < plain.length() && plain.charAt(i) == '.' && Character.isDigit(plain.charAt(i + 1))) {
                i++;
                while (i < plain.length() && Character.isDigit(plain.charAt(i))) {
                    i++;
                }
            }
            if (digits && start > 0 && plain.charAt(start - 1) == '-') {
                start--;
            }
            words.add(start, i, lexemeOf(plain, start, i));
        }
        return words;
    }

    /** The query's lexeme this word stands for, or null. */
    private String lexemeOf(String text, int start, int end) {
        Integer shortest = shortestByFirst.get(unaccented(text.charAt(start)));
        if (shortest == null || end - start < shortest) {
            return null;
        }
        String lexeme = seen.computeIfAbsent(text.substring(start, end).toLowerCase(Locale.ROOT), this::lexeme);
        return lexeme.isEmpty() ? null : lexeme;
    }

    /** A letter in lower case without its accent (é → e), as a key. */
    private static char unaccented(char letter) {
        char lower = Character.toLowerCase(letter);
        return lower < 128 ? lower : Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD).charAt(0);
    }

    private String lexeme(String word) {
        if (stopWords.contains(word)) {
            return NO_MATCH;
        }
        String lexeme = word;
        if (stemmer != null && word.chars().noneMatch(Character::isDigit)) { // words with digits are kept as they are, not stemmed
            stemmer.setCurrent(word);
            stemmer.stem();
            lexeme = stemmer.getCurrent();
        }
        return lexemes.contains(lexeme) ? lexeme : NO_MATCH;
    }

    /** A text's words: where each starts and ends, and the lexeme it matches (null when none). */
    private static final class Words {
        final String text;
        int count;
        int[] starts = new int[64];
        int[] ends = new int[64];
        String[] lexemes = new String[64];

        Words(String text) {
            this.text = text;
        }

        void add(int start, int end, String lexeme) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                lexemes = Arrays.copyOf(lexemes, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            lexemes[count++] = lexeme;
        }

        /** Distinct lexemes in words [start, end), then matches: what makes one excerpt better than another. */
        int[] score(int[] window) {
            Set<String> distinct = new HashSet<>();
            int matches = 0;
            for (int i = window[0]; i < window[1]; i++) {
                if (lexemes[i] != null) {
                    distinct.add(lexemes[i]);
                    matches++;
                }
            }
            return new int[] {distinct.size(), matches};
        }

        /**
         * Words [from, to) with the matches marked; the whole text keeps everything around them, an excerpt keeps
         * the punctuation that touches its first and last word and runs of white space as one space.
         */
        String render(int from, int to, boolean excerpt) {
            if (count == 0 || from >= to) {
                return excerpt ? "" : text;
            }
            int begin = excerpt ? from == 0 ? 0 : boundaryBefore(starts[from]) : 0;
            int finish = excerpt ? boundaryAfter(ends[to - 1]) : text.length();
            StringBuilder out = new StringBuilder(finish - begin + 16);
            int at = begin;
            for (int i = from; i < to; i++) {
                between(out, at, starts[i], excerpt);
                if (lexemes[i] != null) {
                    out.append(MARK_START).append(text, starts[i], ends[i]).append(MARK_END);
                } else {
                    out.append(text, starts[i], ends[i]);
                }
                at = ends[i];
            }
            between(out, at, finish, excerpt);
            return excerpt ? out.toString().strip() : out.toString();
        }

        private void between(StringBuilder out, int from, int to, boolean collapse) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (collapse && Character.isWhitespace(c)) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
        }

        private int boundaryBefore(int index) {
            int i = index;
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        private int boundaryAfter(int index) {
            int i = index;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
