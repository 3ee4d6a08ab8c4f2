package org.newsdesk.platform.http;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** List parameters as the API reads them: repeated (topic=a&amp;topic=b) and comma-separated (topic=a,b) alike. */
public final class CommaLists {

    private CommaLists() {
    }

    /** Every value of every occurrence, stripped, without empty ones or repeats, in the order sent. */
    public static List<String> values(Collection<String> occurrences) {
        if (occurrences == null) {
            return List.of();
        }
        return occurrences.stream()
                .flatMap(occurrence -> Arrays.stream(occurrence.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }
}
