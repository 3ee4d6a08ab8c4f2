package org.newsdesk.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void makesReadableAsciiSlugs() {
        assertEquals("reform-needed-for-thailands-pension-system-not-new-schemes",
                Slugs.fromTitle("Reform needed for Thailand’s pension system, not new schemes"));
        assertEquals("ilo-unicef-social-protection", Slugs.fromTitle("ILO/UNICEF: Social protection"));
        assertEquals("sao-tome-and-principe", Slugs.fromTitle("São Tomé and Príncipe"));
        assertEquals("1-6-billion", Slugs.fromTitle("1.6 billion"));
        assertEquals("item", Slugs.fromTitle("“…”"));
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = Slugs.fromTitle("ILO’s Global Flagship Programme on Building Social Protection Floors for All "
                + "launches its second phase, extending support to 50 focus countries");
        assertTrue(slug.length() <= Slugs.MAX_LENGTH, slug);
        assertEquals("ilos-global-flagship-programme-on-building-social-protection-floors-for-all-launches-its-second",
                slug);
        assertTrue(slug.matches(Slugs.PATTERN), slug);
    }
}
