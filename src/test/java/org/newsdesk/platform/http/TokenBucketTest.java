package org.newsdesk.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The bucket's arithmetic, on a clock the test moves. */
class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstThenRefusalThenRefillAtTheRate() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);
        assertEquals(new TokenBucket.Take(true, 2, 1, 0), bucket.take(0));
        assertEquals(new TokenBucket.Take(true, 1, 2, 0), bucket.take(0));
        assertEquals(new TokenBucket.Take(true, 0, 3, 1), bucket.take(0));
        assertEquals(new TokenBucket.Take(false, 0, 3, 1), bucket.take(SECOND / 2));
        assertEquals(new TokenBucket.Take(true, 0, 3, 1), bucket.take(SECOND + SECOND / 2));
        // Idle for long: full again, never more than the burst.
        assertEquals(new TokenBucket.Take(true, 2, 1, 0), bucket.take(100 * SECOND));
    }

    @Test
    void slowRatesWaitWholeSeconds() {
        TokenBucket bucket = new TokenBucket(1, 0.1, 0);
        assertEquals(new TokenBucket.Take(true, 0, 10, 10), bucket.take(0));
        assertEquals(new TokenBucket.Take(false, 0, 8, 8), bucket.take(2 * SECOND));
    }
}
