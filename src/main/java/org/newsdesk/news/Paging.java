package org.newsdesk.news;

/**
 * A checked page request: by page number ({@code page} set) or after a cursor ({@code after} set).
 */
public record Paging(Integer page, int size, Sort sort, Cursor after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Page numbers reach this many items deep; past it, lists page by cursor at the cost of the first page. */
    public static final int MAX_OFFSET = 1_000;

    public long offset() {
        return page == null ? 0 : (long) (page - 1) * size;
    }

    public enum Sort {
        NEWEST("newest"), OLDEST("oldest"), RELEVANCE("relevance"), UPDATED("updated");

        private final String value;

        Sort(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        public static Sort fromValue(String value) {
            for (Sort sort : values()) {
                if (sort.value.equals(value)) {
                    return sort;
                }
            }
            return null;
        }
    }
}
