package org.newsdesk.news;

/** A checked page request. */
public record Paging(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public long offset() {
        return (long) (page - 1) * size;
    }

    public enum Sort { NEWEST, OLDEST }
}
