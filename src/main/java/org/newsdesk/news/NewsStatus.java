package org.newsdesk.news;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where an item is in the editorial workflow, as stored. A published item whose publication date is
 * still ahead is scheduled: the public sees it from that day on, with nothing else to do.
 */
public enum NewsStatus {
    DRAFT("draft"),
    PUBLISHED("published"),
    RETIRED("retired");

    private final String value;

    NewsStatus(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Optional<NewsStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(status -> status.value.equals(value)).findFirst();
    }
}
