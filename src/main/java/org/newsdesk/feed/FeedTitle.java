package org.newsdesk.feed;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdesk.news.NewsFilter;
import org.newsdesk.news.NewsType;
import org.newsdesk.news.SearchText;

/** The title that says what a feed holds, such as "News on Pensions in Thailand". */
final class FeedTitle {

    static final String UNFILTERED = "Newsdesk news";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    /** A phrase of web-search syntax: from a straight double quote to the next one, or to the end. */

    private FeedTitle() {
    }

    /** The names are those of the filter's topics, countries and regions. */
    static String of(NewsFilter filter, List<String> topics, List<String> countries, List<String> regions) {
        StringBuilder title = new StringBuilder(kinds(filter));
        if (!topics.isEmpty()) {
            title.append(" on ").append(anyOf(topics));
        }
        if (!countries.isEmpty()) {
            title.append(" in ").append(anyOf(countries));
        }
        if (!regions.isEmpty()) {
            title.append(countries.isEmpty() ? " in " : " within ").append(anyOf(regions));
        }
        if (filter.query() != null) {
            title.append(" matching ").append(SearchText.quoted(filter.query()));
        }
        dates(filter).forEach(date -> title.append(", ").append(date));
        return title.toString().equals("News") && filter.types().isEmpty() ? UNFILTERED : title.toString();
    }

    private static String kinds(NewsFilter filter) {
        if (filter.types().isEmpty()) {
            return "News";
        }
        List<String> kinds = filter.types().stream().sorted().map(FeedTitle::plural).toList();
        String joined = joined(kinds, "and");
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }

    private static String plural(NewsType type) {
        String label = type.label().toLowerCase(Locale.ROOT);
        return type == NewsType.NEWS ? label : label + "s";
    }

    private static List<String> dates(NewsFilter filter) {
        List<String> dates = new ArrayList<>();
        if (filter.month() != null) {
            dates.add(MONTH.format(filter.month()));
        }
        if (filter.year() != null) {
            dates.add(String.valueOf(filter.year()));
        }
        if (filter.from() != null) {
            dates.add("from " + DAY.format(filter.from()));
        }
        if (filter.to() != null) {
            dates.add("until " + DAY.format(filter.to()));
        }
        if (filter.updatedSince() != null) {
            dates.add("changed since " + filter.updatedSince());
        }
        return dates;
    }

    /** Several values of one filter match any of them. */
    private static String anyOf(List<String> names) {
        return joined(names, "or");
    }

    private static String joined(List<String> words, String conjunction) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + conjunction + " "
                + words.get(words.size() - 1);
    }
}
