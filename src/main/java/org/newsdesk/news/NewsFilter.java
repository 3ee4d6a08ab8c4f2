package org.newsdesk.news;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.news.api.Visibility;

/**
 * A checked news filter, with what the caller may see ({@code visibility}, judged against {@code today}). Null or empty parts do not filter. Several values in one set match any of
 * them; different parts all apply, and month, year, from and to narrow one date range. A search matches each item in
 * the item's own language; {@code searchLanguages} are those its statements parse the query in: the languages asked
 * for, or every one (the service narrows them to those the items are in, see {@link #searchingIn}).
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
        Set<String> languages,
        String query,
        Instant updatedSince,
        Set<Visibility> visibility,
        LocalDate today,
        Set<SearchLanguage> searchLanguages) {

    public NewsFilter {
        searchLanguages = searchLanguages != null ? Set.copyOf(searchLanguages)
                : SearchLanguage.of(languages == null ? Set.of() : languages);
    }

    /** A filter whose search is parsed in the search languages of {@code languages} (all of them when empty). */
    public NewsFilter(YearMonth month, Integer year, LocalDate from, LocalDate to, Set<Long> topicIds,
            Set<String> countryCodes, Set<Long> regionIds, Set<NewsType> types, Set<String> languages, String query,
            Instant updatedSince, Set<Visibility> visibility, LocalDate today) {
        this(month, year, from, to, topicIds, countryCodes, regionIds, types, languages, query, updatedSince,
                visibility, today, null);
    }

    /**
     * This filter with its search parsed only in the languages of {@code inUse} (those items are in): a statement
     * then holds no condition for a language no item has, and for content in one language, the same as before
     * languages were searched apart. When no item is in a language asked for, those asked for stay: they find none.
     */
    NewsFilter searchingIn(Set<SearchLanguage> inUse) {
        Set<SearchLanguage> searched = EnumSet.noneOf(SearchLanguage.class);
        searched.addAll(SearchLanguage.of(languages));
        searched.retainAll(inUse);
        if (searched.isEmpty()) {
            searched.addAll(SearchLanguage.of(languages));
        }
        return new NewsFilter(month, year, from, to, topicIds, countryCodes, regionIds, types, languages, query,
                updatedSince, visibility, today, searched);
    }

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
                languages, query, updatedSince, visibility, today, searchLanguages);
    }

    /**
     * Whether this is the public's whole list: published items whose day has come, nothing else. Facets of
     * such a list are served from the counts the database maintains (NewsFacetRepository).
     */
    boolean everyPublicItem() {
        return month == null && year == null && from == null && to == null && isEmpty(topicIds)
                && isEmpty(countryCodes) && isEmpty(regionIds) && isEmpty(types) && isEmpty(languages) && query == null
                && updatedSince == null && Set.of(Visibility.PUBLISHED).equals(visibility);
    }

    /**
     * Whether this filter narrows the public list by dates at most. The best plan of its page is then the same for
     * every value (walk the date index from the range's end), whereas a tag's or a word's frequency decides
     * between walking that index and gathering the matches from their own index.
     */
    boolean datesAtMost() {
        return new NewsFilter(null, null, null, null, topicIds, countryCodes, regionIds, types, languages, query,
                updatedSince, visibility, today).everyPublicItem();
    }

    /**
     * The key of the maintained counts (NewsFacetRepository) that this filter's matches are counted under: the
     * public's whole list narrowed by one topic, country, region or type, or by one topic and one country, at
     * most, and by whole months at most (month, year, or from and to on a month's first and last days). The key
     * is stored as the counts store it: a topic's or region's id, a country's code, a type, "topic-id code" for a
     * topic and a country, or a null value for the whole list.
     */
    Optional<CountedKey> countedKey() {
        LocalDate lower = lowerDate();
        LocalDate upper = upperDate();
        if ((lower != null && lower.getDayOfMonth() != 1)
                || (upper != null && !upper.equals(YearMonth.from(upper).atEndOfMonth()))) {
            return Optional.empty();
        }
        LocalDate toMonth = upper == null ? null : upper.withDayOfMonth(1);
        NewsFilter undated = new NewsFilter(null, null, null, null, topicIds, countryCodes, regionIds, types,
                languages, query, updatedSince, visibility, today);
        if (undated.everyPublicItem()) {
            return Optional.of(new CountedKey("type", null, lower, toMonth));
        }
        List<String> topics = strings(topicIds);
        List<String> countries = strings(countryCodes);
        if (topics.size() == 1 && countries.size() == 1
                && undated.without(Dimension.TOPIC).without(Dimension.COUNTRY).everyPublicItem()) {
            return Optional.of(new CountedKey("topic_country", topics.get(0) + " " + countries.get(0), lower, toMonth));
        }
        for (Dimension dimension : List.of(Dimension.TOPIC, Dimension.COUNTRY, Dimension.REGION, Dimension.TYPE)) {
            List<String> values = strings(switch (dimension) {
                case TOPIC -> topicIds;
                case COUNTRY -> countryCodes;
                case REGION -> regionIds;
                default -> types == null ? null : types.stream().map(NewsType::value).toList();
            });
            if (values.size() == 1 && undated.without(dimension).everyPublicItem()) {
                return Optional.of(new CountedKey(dimension.name().toLowerCase(Locale.ROOT), values.get(0), lower,
                        toMonth));
            }
        }
        return Optional.empty();
    }

    /**
     * A key of the maintained counts: its dimension as stored, its value (null for every value of the dimension)
     * and the first and last months counted (the first days of the months; null where unbounded).
     */
    record CountedKey(String dimension, String value, LocalDate fromMonth, LocalDate toMonth) {
    }

    private static List<String> strings(Collection<?> values) {
        return values == null ? List.of() : values.stream().map(String::valueOf).toList();
    }

    private static boolean isEmpty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    /** This filter over the items published with a date after today (scheduled) instead of what it sees. */
    NewsFilter scheduled() {
        return new NewsFilter(month, year, from, to, topicIds, countryCodes, regionIds, types, languages, query,
                updatedSince, Set.of(Visibility.SCHEDULED), today, searchLanguages);
    }

    /** This filter without its search: for a relevance tier whose own condition implies the search. */
    NewsFilter withoutQuery() {
        return new NewsFilter(month, year, from, to, topicIds, countryCodes, regionIds, types, languages, null,
                updatedSince, visibility, today, searchLanguages);
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
        String canonical = String.join("|", String.valueOf(month), String.valueOf(year), String.valueOf(from),
                String.valueOf(to), sorted(topicIds), sorted(countryCodes), sorted(regionIds),
                sorted(types.stream().map(NewsType::value).toList()), String.valueOf(query),
                String.valueOf(updatedSince), sorted(visibility.stream().map(Visibility::value).toList()));
        // Languages came later: a filter without them keeps the text, so cursors handed out before stay valid.
        return languages.isEmpty() ? canonical : canonical + "|lang=" + sorted(languages);
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
