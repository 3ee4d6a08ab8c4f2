package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.NewsViews.Highlight;

/** Which words a search marks, and how a body is cut to excerpts; HighlighterIT holds the marks against PostgreSQL's. */
class HighlighterTest {

    /** The marks written as [ and ], for reading. */
    private static String shown(String marked) {
        return marked.replace(Highlighter.MARK_START, '[').replace(Highlighter.MARK_END, ']');
    }

    private static String marked(String tsquery, String text) {
        return shown(Highlighter.forQuery(tsquery, SearchLanguage.ENGLISH).markAll(text));
    }

    @Test
    void readsTheLexemesOfAParsedQueryLeavingOutNegatedOnes() {
        assertEquals(Set.of("communiti", "support", "launch", "covid", "-19", "it's"),
                ParsedQuery.lexemes("'communiti' <-> 'support' & 'launch' & !'pension' & !( 'social' <-> 'secur' ) "
                        + "| 'covid' <-> '-19' & 'it''s'"));
        assertEquals(Set.of(), ParsedQuery.lexemes(""));
        assertEquals(Set.of("a", "c"), ParsedQuery.lexemes("'a' & !( 'b' & ( 'x' | 'y' ) ) & 'c'"));
    }

    @Test
    void marksEveryFormOfAStemKeepingTheTextAsItIs() {
        assertEquals("Reform needed for Thailand’s [pension] system, not new schemes",
                marked("'pension'", "Reform needed for Thailand’s pension system, not new schemes"));
        assertEquals("[Pensions], [pensioners] and [PENSION]  reform",
                marked("'pension'", "Pensions, pensioners and PENSION  reform"));
        assertEquals("[Social]-[protection] [social] [protections]",
                marked("'social' & 'protect'", "Social-protection social protections"));
    }

    @Test
    void stemsThatAreNotPrefixesOfTheirWordsStillMatch() {
        assertEquals("[dying] and [happy] [die]", marked("'die' & 'happi'", "dying and happy die"));
    }

    @Test
    void stopWordsAreNeverMarkedEvenWhenTheirStemIsAsked() {
        // "does" is a stop word to PostgreSQL; "doe" is not, and its stem is the same.
        assertEquals("Does the [doe] know?", marked("'doe'", "Does the doe know?"));
    }

    @Test
    void numbersAreKeptAsTheyAreAndAfterAHyphenAreNegative() {
        assertEquals("[covid]-19 and [COVID19]", marked("'covid' & 'covid19'", "covid-19 and COVID19"));
        assertEquals("[covid][-19] cases", marked("'covid' <-> '-19'", "covid-19 cases"));
        assertEquals("[1.5] billion, not 1, version [2.1.3]", marked("'1.5' & '2.1.3'", "1.5 billion, not 1, version 2.1.3"));
    }

    @Test
    void wordsInsidePathsAndAddressesAreWordsToo() {
        // PostgreSQL reads these as one path, address or tag and does not mark the words in them.
        assertEquals("the ACTION/[Portugal] project, [portugal]@ilo.org, <[portugal]>",
                marked("'portug'", "the ACTION/Portugal project, portugal@ilo.org, <portugal>"));
    }

    @Test
    void excludedWordsAreNotMarked() {
        assertEquals("[Pensions] for all -[pension] reform", marked("'pension' & !'reform'", "Pensions for all -pension reform"));
    }

    @Test
    void marksAlreadyInTheTextAreRemoved() {
        assertEquals("a [pension]", marked("'pension'", "a \uE000pension\uE001"));
    }

    @Test
    void aBodyIsReadAsTextWithoutItsMarkup() {
        Highlight highlight = Highlighter.forQuery("'pension'", SearchLanguage.ENGLISH).highlight("Title", "Summary",
                "<p>The <b>pensions</b> paragraph.</p><p>Fish &amp; chips</p>");
        assertEquals("The [pensions] paragraph. Fish & chips", shown(highlight.body()));
        assertEquals("Title", highlight.title());
        assertNull(Highlighter.forQuery("'pension'", SearchLanguage.ENGLISH).highlight("Title", "Summary", null).body());
    }

    @Test
    void aBodyWithoutAMatchShowsItsOpeningWords() {
        String body = words(0, 40);
        assertEquals(words(0, Highlighter.OPENING_WORDS),
                Highlighter.forQuery("'pension'", SearchLanguage.ENGLISH).excerpts(body));
    }

    @Test
    void aLongBodyIsCutToTwoExcerptsInTheirOrderBestFirst() {
        // Matches at words 50 (one of them) and 150 (both words of the query), and a lone one at 250.
        String body = words(0, 50) + " pension " + words(51, 150) + " pension reform " + words(152, 250)
                + " reform " + words(251, 400);
        String excerpts = shown(Highlighter.forQuery("'pension' & 'reform'", SearchLanguage.ENGLISH).excerpts(body));
        String[] parts = excerpts.split(Highlighter.BETWEEN_EXCERPTS);
        assertEquals(2, parts.length, excerpts);
        assertTrue(parts[0].contains("[pension]") && !parts[0].contains("[reform]"), parts[0]);
        assertTrue(parts[1].contains("[pension] [reform]"), parts[1]);
        for (String part : parts) {
            assertTrue(part.split(" ").length <= Highlighter.EXCERPT_WORDS, part);
        }
        assertTrue(parts[1].startsWith("w" + (150 - Highlighter.LEAD_WORDS) + " "), parts[1]);
        assertFalse(excerpts.contains("w251"), "the third match loses to the two before it: " + excerpts);
    }

    @Test
    void excerptsNeverOverlapAndAShortBodyIsOneExcerpt() {
        String body = words(0, 10) + " pension " + words(11, 14) + " pension. " + words(16, 20);
        assertEquals(words(0, 10) + " [pension] " + words(11, 14) + " [pension]. " + words(16, 20),
                shown(Highlighter.forQuery("'pension'", SearchLanguage.ENGLISH).excerpts(body)));
    }

    @Test
    void anExcerptKeepsThePunctuationAroundItsEdgesAndOneSpaceForAnyRun() {
        String body = "(pension\n\n  reform), said " + words(0, 60);
        assertEquals("([pension] reform), said " + words(0, 27),
                shown(Highlighter.forQuery("'pension'", SearchLanguage.ENGLISH).excerpts(body)));
    }

    /** Words w{from} … w{to - 1}; none of them a stop word or a match. */
    private static String words(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    }
}
