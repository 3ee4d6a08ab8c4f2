package org.newsdesk.news.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a list or lookup may show. The public sees {@link #PUBLISHED} only: published items whose day
 * has come. Editors may ask for the others with the status filter.
 */
public enum Visibility {
    DRAFT("draft"),
    SCHEDULED("scheduled"),
    PUBLISHED("published"),
    RETIRED("retired");

    private final String value;

    Visibility(String value) {
        this.value = value;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Optional<Visibility> fromValue(String value) {
        return Arrays.stream(values()).filter(state -> state.value.equals(value)).findFirst();
    }

    /** The condition over {@code news_item n}; {@code :today} is the service's current date. */
    public String condition() {
        return switch (this) {
            case DRAFT -> "n.status = 'draft'";
            case SCHEDULED -> "n.status = 'published' AND n.published_on > :today";
            case PUBLISHED -> "n.status = 'published' AND n.published_on <= :today";
            case RETIRED -> "n.status = 'retired'";
        };
    }
}
