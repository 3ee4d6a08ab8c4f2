package org.newsdesk.feed;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.news.NewsFilter;
import org.newsdesk.news.NewsType;
import org.newsdesk.news.SearchText;

/**
 * A feed's own words in French and Spanish: its title as labels ("Actualités · Thèmes : Retraites · Pays :
 * Thaïlande"), which need no grammar of articles and prepositions per name, and its description. English titles are
 * {@link FeedTitle}'s sentences.
 */
enum FeedWords {
    FRENCH(Locale.FRENCH, "Actualités de Newsdesk", "Actualités", Map.of(NewsType.NEWS, "Actualités",
            NewsType.FEATURE, "Reportages", NewsType.PRESS_RELEASE, "Communiqués de presse",
            NewsType.STATEMENT, "Déclarations"), "Thèmes", "Pays", "Régions", "Recherche", "depuis le",
            "jusqu’au", "modifiés depuis le", " : ", "les plus récentes d’abord.", "les plus pertinentes d’abord.",
            "MMMM uuuu", "d MMMM uuuu"),
    SPANISH(Locale.forLanguageTag("es"), "Noticias de Newsdesk", "Noticias", Map.of(NewsType.NEWS, "Noticias",
            NewsType.FEATURE, "Reportajes", NewsType.PRESS_RELEASE, "Comunicados de prensa",
            NewsType.STATEMENT, "Declaraciones"), "Temas", "Países", "Regiones", "Búsqueda", "desde el",
            "hasta el", "modificadas desde el", ": ", "las más recientes primero.", "las más pertinentes primero.",
            "MMMM 'de' uuuu", "d 'de' MMMM 'de' uuuu");

    private final String unfiltered;
    private final String news;
    private final Map<NewsType, String> types;
    private final String topics;
    private final String countries;
    private final String regions;
    private final String search;
    private final String from;
    private final String until;
    private final String changedSince;
    private final String colon;
    private final String newestFirst;
    private final String bestFirst;
    private final DateTimeFormatter month;
    private final DateTimeFormatter day;

    FeedWords(Locale locale, String unfiltered, String news, Map<NewsType, String> types, String topics,
            String countries, String regions, String search, String from, String until, String changedSince,
            String colon, String newestFirst, String bestFirst, String monthPattern, String dayPattern) {
        this.unfiltered = unfiltered;
        this.news = news;
        this.types = types;
        this.topics = topics;
        this.countries = countries;
        this.regions = regions;
        this.search = search;
        this.from = from;
        this.until = until;
        this.changedSince = changedSince;
        this.colon = colon;
        this.newestFirst = newestFirst;
        this.bestFirst = bestFirst;
        this.month = DateTimeFormatter.ofPattern(monthPattern, locale);
        this.day = DateTimeFormatter.ofPattern(dayPattern, locale);
    }

    /** The words of a feed in {@code language}; null for English and for languages without words of their own. */
    static FeedWords of(String language) {
        return switch (language) {
            case "fr" -> FRENCH;
            case "es" -> SPANISH;
            default -> null;
        };
    }

    /** The title: what the feed holds, then each filter as a label and its values. */
    String title(NewsFilter filter, List<String> topicNames, List<String> countryNames, List<String> regionNames) {
        List<String> parts = new ArrayList<>();
        parts.add(filter.types().isEmpty() ? news
                : String.join(", ", filter.types().stream().sorted().map(types::get).toList()));
        label(parts, topics, topicNames);
        label(parts, countries, countryNames);
        label(parts, regions, regionNames);
        if (filter.query() != null) {
            parts.add(search + colon + SearchText.quoted(filter.query()));
        }
        if (filter.month() != null) {
            parts.add(month.format(filter.month()));
        }
        if (filter.year() != null) {
            parts.add(String.valueOf(filter.year()));
        }
        if (filter.from() != null) {
            parts.add(from + " " + day.format(filter.from()));
        }
        if (filter.to() != null) {
            parts.add(until + " " + day.format(filter.to()));
        }
        if (filter.updatedSince() != null) {
            parts.add(changedSince + " " + filter.updatedSince());
        }
        return parts.size() == 1 && filter.types().isEmpty() ? unfiltered : String.join(" · ", parts);
    }

    /** The description: the title, then the order of the items. */
    String description(String title, boolean search) {
        return title + colon + (search ? bestFirst : newestFirst);
    }

    private void label(List<String> parts, String label, List<String> names) {
        if (!names.isEmpty()) {
            parts.add(label + colon + String.join(", ", names));
        }
    }
}
