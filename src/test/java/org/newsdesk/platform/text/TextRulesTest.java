package org.newsdesk.platform.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text rules of every write: one line or text without control or bidi characters, and something visible. */
class TextRulesTest {

    private final VisibleText.Check visible = new VisibleText.Check();

    @Test
    void oneLineRefusesControlAndBidiCharacters() {
        assertTrue("Pensions in Thailand: a reform".matches(TextRules.ONE_LINE));
        assertTrue("Réforme des retraites – عربي – 年金".matches(TextRules.ONE_LINE));
        for (String bad : new String[] {"a\nb", "a\tb", "a\u0000b", "a\u007fb", "a\u0085b", "\u202Eevil", "a\u2066b"}) {
            assertFalse(bad.matches(TextRules.ONE_LINE), bad);
        }
    }

    @Test
    void textAllowsLineBreaksAndTabsOnly() {
        assertTrue("line one\nline two\r\n\tindented".matches(TextRules.TEXT));
        for (String bad : new String[] {"a\u0000b", "a\u000bb", "a\u001bb", "\u202Aembedded", "a\u2069b"}) {
            assertFalse(bad.matches(TextRules.TEXT), bad);
        }
    }

    @Test
    void aTitleNeedsAVisibleCharacter() {
        assertTrue(visible.isValid("A", null));
        assertTrue(visible.isValid(" \u200b年金", null));
        for (String blank : new String[] {"\u00a0\u2003\u3000", "\u200b\u200c\u200d\u2060", "\u3164\u115f", "\u0301\u0301"}) {
            assertFalse(visible.isValid(blank, null), blank.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
        // Missing and plain blank values are other rules' to refuse (required, not blank).
        assertTrue(visible.isValid(null, null));
        assertTrue(visible.isValid("   ", null));
    }
}
