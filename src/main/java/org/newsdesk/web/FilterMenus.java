package org.newsdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.news.NewsType;
import org.newsdesk.news.SearchText;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.taxonomy.TaxonomyService;
import org.newsdesk.web.WebViews.Menus;
import org.newsdesk.web.WebViews.Option;

/** The topic, country and region menus of the filter forms, and the names of the filters a page shows. */
@ApplicationScoped
public class FilterMenus {

    private final TaxonomyService taxonomy;

    public FilterMenus(TaxonomyService taxonomy) {
        this.taxonomy = taxonomy;
    }

    /**
     * Entries that have items, plus any the query selects (so a selected menu never looks unset), named in
     * {@code language} (English where an entry has no name in it).
     */
    public Menus menus(ReadSession session, WebQuery query, ApiLinks links, String language) {
        List<Option> topics = taxonomy.topics(session, links, language).stream()
                .map(topic -> new Option(topic.slug(), topic.name(), topic.count(), query.topic().contains(topic.slug())))
                .filter(option -> option.count() > 0 || option.selected()).toList();
        List<Option> countries = new ArrayList<>(taxonomy.countries(session, false, links, language).stream()
                .map(country -> new Option(country.code(), country.name(), country.count(),
                        query.country().contains(country.code())))
                .toList());
        // Only countries with items are listed; one asked for without any is still shown as chosen.
        query.country().stream().filter(code -> countries.stream().noneMatch(option -> option.value().equals(code)))
                .forEach(code -> countries.add(new Option(code, code, 0, true)));
        List<Option> regions = taxonomy.regions(session, links, language).stream()
                .map(region -> new Option(region.slug(), region.name(), region.count(),
                        query.region().contains(region.slug())))
                .filter(option -> option.count() > 0 || option.selected()).toList();
        return new Menus(topics, List.copyOf(countries), regions);
    }

    /**
     * The active filters in the page's words, such as ["Pensions", "Thailand", "“reform”"]; empty without
     * filters. One language is the page's own and goes unsaid; several are named.
     */
    public static List<String> describe(WebQuery query, Menus menus, WebLanguage page) {
        List<String> words = new ArrayList<>();
        query.topic().forEach(slug -> words.add(name(menus.topics(), slug)));
        query.country().forEach(code -> words.add(name(menus.countries(), code)));
        query.region().forEach(slug -> words.add(name(menus.regions(), slug)));
        query.type().forEach(type -> words.add(NewsType.fromValue(type).map(page::typeLabel).orElse(type)));
        if (query.lang().size() > 1) {
            query.lang().forEach(code -> words.add(page.nameOf(code)));
        }
        if (query.q() != null) {
            words.add(SearchText.quoted(query.q()));
        }
        if (query.month() != null) {
            words.add(monthName(query.month(), page));
        }
        if (query.year() != null) {
            words.add(query.year());
        }
        if (query.from() != null) {
            words.add(page.words().fromDate(query.from()));
        }
        if (query.to() != null) {
            words.add(page.words().toDate(query.to()));
        }
        return words;
    }

    static String monthName(String month, WebLanguage page) {
        try {
            return page.month(YearMonth.parse(month));
        } catch (DateTimeException e) {
            return month;
        }
    }


    private static String name(List<Option> options, String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst().map(Option::name)
                .orElse(value);
    }
}
