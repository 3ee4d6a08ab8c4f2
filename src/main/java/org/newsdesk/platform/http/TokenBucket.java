package org.newsdesk.platform.http;

/**
 * One client's allowance: up to {@code capacity} requests at once, refilled continuously at
 * {@code perSecond}. Times are System.nanoTime() values, passed in so that tests need no clock.
 */
final class TokenBucket {

    private static final double NANOS = 1_000_000_000d;

    private final int capacity;
    private final double perSecond;
    private double tokens;
    private long updated;

    TokenBucket(int capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.updated = now;
    }

    /** The outcome of one request: whether it may go on, what is left, and the waits a client should know. */
    record Take(boolean allowed, int remaining, long secondsUntilFull, long secondsUntilNext) {
    }

    synchronized Take take(long now) {
        tokens = Math.min(capacity, tokens + (now - updated) / NANOS * perSecond);
        updated = now;
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long untilNext = tokens >= 1 ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
        return new Take(allowed, (int) Math.floor(tokens), (long) Math.ceil((capacity - tokens) / perSecond), untilNext);
    }
}
