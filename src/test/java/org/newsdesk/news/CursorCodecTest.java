package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.platform.problem.InvalidParametersException;

/** Cursors are opaque and signed: one made here comes back as it went, anything else is a 400 on cursor. */
class CursorCodecTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 1);
    private final CursorCodec codec = new CursorCodec("a key of thirty-two bytes, exact".getBytes());
    private final NewsFilter pensions = filter(Set.of(7L), null);
    private final Cursor cursor = new Cursor(Paging.Sort.RELEVANCE, CursorCodec.fingerprint(pensions),
            LocalDate.of(2022, 6, 30), Instant.parse("2022-07-01T10:15:30Z"), 1f, 42);

    @Test
    void aCursorComesBackAsItWent() {
        assertEquals(cursor, codec.decode(codec.encode(cursor), pensions));
        Cursor bare = new Cursor(Paging.Sort.NEWEST, CursorCodec.fingerprint(pensions), null, null, null, 1);
        assertEquals(bare, codec.decode(codec.encode(bare), pensions));
    }

    @Test
    void aRelevanceCursorWithAScoreInsteadOfATierIsFromAnOlderVersion() {
        Cursor scored = new Cursor(Paging.Sort.RELEVANCE, CursorCodec.fingerprint(pensions), LocalDate.of(2022, 6, 30),
                null, 0.25f, 42);
        assertRefused(codec.encode(scored), pensions, "older version");
    }

    @Test
    void aChangedByteIsRefused() {
        String encoded = codec.encode(cursor);
        char[] chars = encoded.toCharArray();
        chars[3] = chars[3] == 'A' ? 'B' : 'A';
        assertRefused(new String(chars), pensions, "damaged or altered");
        assertRefused(encoded.substring(0, encoded.length() - 2), pensions, "damaged or altered");
    }

    @Test
    void anotherKeyIsRefused() {
        String foreign = new CursorCodec("another key, thirty-two bytes ok".getBytes()).encode(cursor);
        assertRefused(foreign, pensions, "damaged or altered");
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        assertRefused(codec.encode(cursor), filter(Set.of(8L), null), "other filters");
        assertRefused(codec.encode(cursor), filter(Set.of(7L), YearMonth.of(2022, 6)), "other filters");
    }

    @Test
    void nonsenseIsRefused() {
        for (String value : new String[] {"", ".", "abc", "a.b.c", "%%%.%%%", "x".repeat(5000)}) {
            assertRefused(value, pensions, "cursor");
        }
    }

    @Test
    void theFingerprintIgnoresTheOrderOfValues() {
        assertEquals(CursorCodec.fingerprint(filter(Set.of(1L, 2L, 3L), null)),
                CursorCodec.fingerprint(filter(Set.of(3L, 2L, 1L), null)));
        assertNotEquals(CursorCodec.fingerprint(filter(Set.of(1L), null)), CursorCodec.fingerprint(filter(Set.of(2L), null)));
    }

    private void assertRefused(String value, NewsFilter filter, String message) {
        InvalidParametersException refused = assertThrows(InvalidParametersException.class,
                () -> codec.decode(value, filter));
        assertEquals("cursor", refused.violations().get(0).field());
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    private static NewsFilter filter(Set<Long> topics, YearMonth month) {
        return new NewsFilter(month, null, null, null, topics, Set.of(), Set.of(), EnumSet.noneOf(NewsType.class), Set.of(),
                null, null, EnumSet.of(Visibility.PUBLISHED), TODAY);
    }
}
