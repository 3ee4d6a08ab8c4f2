package org.newsdesk.news;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kind of a news item; {@link #value()} is its name on the wire and in the database. */
public enum NewsType {
    NEWS("news", "News"),
    FEATURE("feature", "Feature"),
    PRESS_RELEASE("press-release", "Press release"),
    STATEMENT("statement", "Statement");

    private final String value;
    private final String label;

    NewsType(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** The name for people, such as "Press release". */
    public String label() {
        return label;
    }

    @JsonValue
    public String value() {
        return value;
    }

    public static Optional<NewsType> fromValue(String value) {
        return Arrays.stream(values()).filter(type -> type.value.equals(value)).findFirst();
    }

    public static String allowedValues() {
        return String.join(", ", Arrays.stream(values()).map(NewsType::value).toList());
    }
}
