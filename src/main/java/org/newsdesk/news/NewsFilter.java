package org.newsdesk.news;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.news.api.Visibility;

/**
 * A checked news filter, with what the caller may see ({@code visibility}, judged against {@code today}). Null or empty parts do not filter. Several values in one set match any of
 * them; different parts all apply, and month, year, from and to narrow one date range.
 */
public record NewsFilter(
        YearMonth month,
        Integer year,
        LocalDate from,
        LocalDate to,
        Set<Long> topicIds,
        Set<String> countryCodes,
        Set<Long> regionIds,
        Set<NewsType> types,
        String query,
        Instant updatedSince,
        Set<Visibility> visibility,
        LocalDate today) {

    /** The parts of a filter that facets count by. */
    public enum Dimension { TOPIC, COUNTRY, REGION, TYPE, MONTH, YEAR }

    /** This filter without one dimension: facet counts of a dimension ignore its own filter. */
    public NewsFilter without(Dimension dimension) {
        return new NewsFilter(
                dimension == Dimension.MONTH ? null : month,
                dimension == Dimension.YEAR ? null : year,
                from, to,
                dimension == Dimension.TOPIC ? Set.of() : topicIds,
                dimension == Dimension.COUNTRY ? Set.of() : countryCodes,
                dimension == Dimension.REGION ? Set.of() : regionIds,
                dimension == Dimension.TYPE ? EnumSet.noneOf(NewsType.class) : types,
                query, updatedSince, visibility, today);
    }

    /**
     * Whether this is the public's whole list: published items whose day has come, nothing else. Facets of
     * such a list are served from the counts the database maintains (NewsFacetRepository).
     */
    boolean everyPublicItem() {
        return month == null && year == null && from == null && to == null && isEmpty(topicIds)
                && isEmpty(countryCodes) && isEmpty(regionIds) && isEmpty(types) && query == null
                && updatedSince == null && Set.of(Visibility.PUBLISHED).equals(visibility);
    }

    /**
     * The one key of the maintained counts (NewsFacetRepository) that this filter's matches are counted under,
     * when it is the public's whole list narrowed by one topic, country, region or type at most: the key's
     * dimension and value as stored (a topic's or region's id, a country's code, a type), or a null value for
     * the whole list.
     */
    Optional<CountedKey> countedKey() {
        if (everyPublicItem()) {
            return Optional.of(new CountedKey(Dimension.TYPE, null));
        }
        for (Dimension dimension : List.of(Dimension.TOPIC, Dimension.COUNTRY, Dimension.REGION, Dimension.TYPE)) {
            List<String> values = strings(switch (dimension) {
                case TOPIC -> topicIds;
                case COUNTRY -> countryCodes;
                case REGION -> regionIds;
                default -> types == null ? null : types.stream().map(NewsType::value).toList();
            });
            if (values.size() == 1 && without(dimension).everyPublicItem()) {
                return Optional.of(new CountedKey(dimension, values.get(0)));
            }
        }
        return Optional.empty();
    }

    /** A key of the maintained counts; a null value stands for every value of the dimension. */
    record CountedKey(Dimension dimension, String value) {
    }

    private static List<String> strings(Collection<?> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private static boolean isEmpty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    /** This filter without its search: for a relevance tier whose own condition implies the search. */
    NewsFilter withoutQuery() {
        return new NewsFilter(month, year, from, to, topicIds, countryCodes, regionIds, types, null, updatedSince,
                visibility, today);
    }

    /** Inclusive lower bound of the publication date, from month, year and from together. */
    LocalDate lowerDate() {
        return latest(month == null ? null : month.atDay(1), year == null ? null : LocalDate.of(year, 1, 1), from);
    }

    /** Inclusive upper bound of the publication date, from month, year and to together. */
    LocalDate upperDate() {
        return earliest(month == null ? null : month.atEndOfMonth(), year == null ? null : LocalDate.of(year, 12, 31), to);
    }

    /** The same text for the same filter on every instance: what a cursor is bound to. */
    String canonical() {
        return String.join("|", String.valueOf(month), String.valueOf(year), String.valueOf(from), String.valueOf(to),
                sorted(topicIds), sorted(countryCodes), sorted(regionIds),
                sorted(types.stream().map(NewsType::value).toList()), String.valueOf(query),
                String.valueOf(updatedSince), sorted(visibility.stream().map(Visibility::value).toList()));
    }

    private static String sorted(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    private static LocalDate latest(LocalDate... dates) {
        LocalDate result = null;
        for (LocalDate date : dates) {
            result = date == null ? result : result == null || date.isAfter(result) ? date : result;
        }
        return result;
    }

    private static LocalDate earliest(LocalDate... dates) {
        LocalDate result = null;
        for (LocalDate date : dates) {
            result = date == null ? result : result == null || date.isBefore(result) ? date : result;
        }
        return result;
    }
}
