package org.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeated and comma-separated list parameters read alike. */
class CommaListsTest {

    @Test
    void repeatedAndCommaSeparatedValuesAreOneList() {
        assertEquals(List.of("pensions", "children", "health"),
                CommaLists.values(List.of("pensions, children,", " health", "pensions")));
    }

    @Test
    void nothingSentIsNoValues() {
        assertEquals(List.of(), CommaLists.values(null));
        assertEquals(List.of(), CommaLists.values(List.of(",, ,", "")));
    }
}
