package org.newsdesk.news;

import java.time.LocalDate;
import java.util.Set;

/**
 * A checked news filter. Dates are inclusive bounds (null: open); empty sets do not filter.
 * Several values in one set match any of them; different sets all apply.
 */
public record NewsFilter(
        LocalDate from,
        LocalDate to,
        Set<Long> topicIds,
        Set<String> countryCodes,
        Set<Long> regionIds,
        Set<NewsType> types) {
}
