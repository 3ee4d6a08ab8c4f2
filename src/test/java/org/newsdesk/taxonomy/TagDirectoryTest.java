package org.newsdesk.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.taxonomy.TagDirectory.Entry;
import org.newsdesk.taxonomy.TagRefs.CountryRef;
import org.newsdesk.taxonomy.TagRefs.RegionRef;
import org.newsdesk.taxonomy.TagRefs.TopicRef;

/** Names and ids from the taxonomy kept in memory, in the database's order of names. */
class TagDirectoryTest {

    // Places as the database gave them: its collation, not Java's, puts "Zakat" after "social care" here.
    private final TagDirectory directory = new TagDirectory(
            Map.of(1L, new Entry<>(new TopicRef("zakat", "Zakat"), 2), 2L,
                    new Entry<>(new TopicRef("social-care", "social care"), 1), 3L,
                    new Entry<>(new TopicRef("pensions", "Pensions"), 3, Map.of("fr", "Retraites"))),
            Map.of("TH", new Entry<>(new CountryRef("TH", "Thailand"), 2), "CI",
                    new Entry<>(new CountryRef("CI", "Côte d’Ivoire"), 1)),
            Map.of(10L, new Entry<>(new RegionRef("africa", "Africa"), 1)));

    @Test
    void namesComeInTheDatabasesOrderAndUnknownKeysAreLeftOut() {
        assertEquals(List.of(new TopicRef("social-care", "social care"), new TopicRef("zakat", "Zakat"),
                new TopicRef("pensions", "Pensions")), directory.topics(List.of(3L, 1L, 99L, 2L), "en"));
        assertEquals(List.of(new CountryRef("CI", "Côte d’Ivoire"), new CountryRef("TH", "Thailand")),
                directory.countries(List.of("TH", "CI"), "en"));
        assertEquals(List.of(), directory.regions(List.of(11L), "en"));
    }

    @Test
    void namesInALanguageAreTheEntrysOwnElseEnglishInTheSameOrder() {
        assertEquals(List.of(new TopicRef("zakat", "Zakat"), new TopicRef("pensions", "Retraites")),
                directory.topics(List.of(3L, 1L), "fr"));
        assertEquals(List.of(new CountryRef("CI", "Côte d’Ivoire"), new CountryRef("TH", "Thaïlande")),
                directory.countries(List.of("TH", "CI"), "fr"));
        assertEquals(List.of(new TopicRef("pensions", "Pensions")), directory.topics(List.of(3L), "es"));
    }

    @Test
    void itKnowsWhetherRowsNameOnlyItsEntries() {
        assertTrue(directory.knows(List.of(1L, 3L), List.of("TH"), List.of(10L)));
        assertTrue(directory.knows(List.of(), List.of(), List.of()));
        assertFalse(directory.knows(List.of(4L), List.of(), List.of()), "a topic made after it was read");
        assertFalse(directory.knows(List.of(), List.of("FR"), List.of()));
        assertFalse(directory.knows(List.of(), List.of(), List.of(11L)));
    }

    @Test
    void slugsAndCodesResolveToThoseThatExist() {
        assertEquals(Map.of("zakat", 1L, "pensions", 3L), directory.topicIds(List.of("zakat", "astrology", "pensions")));
        assertEquals(Map.of("africa", 10L), directory.regionIds(List.of("africa", "europe")));
        assertEquals(List.of("TH"), directory.existingCountryCodes(List.of("TH", "FR")));
    }
}
