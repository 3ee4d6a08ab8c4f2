package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A search as a title or heading quotes it: once, with phrases inside a longer search in single quotes. */
class SearchTextTest {

    @Test
    void aWordOrTwoAreQuotedOnce() {
        assertEquals("“pensions”", SearchText.quoted("pensions"));
        assertEquals("“social security -armenia”", SearchText.quoted("social security -armenia"));
    }

    @Test
    void aPhraseAloneIsNotQuotedTwice() {
        assertEquals("“pension reform”", SearchText.quoted("\"pension reform\""));
        assertEquals("“pension reform”", SearchText.quoted("\"pension reform"));
    }

    @Test
    void phrasesWithinALongerSearchAreSingleQuoted() {
        assertEquals("“‘pension reform’ thailand”", SearchText.quoted("\"pension reform\" thailand"));
        assertEquals("“‘’”", SearchText.quoted("\"\""));
    }
}
