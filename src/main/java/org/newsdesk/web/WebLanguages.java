package org.newsdesk.web;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.news.NewsItem;
import org.newsdesk.web.PageHead.LanguageLink;

/** The languages the pages have interface words in (en, fr, es), the language of each page and its versions. */
@ApplicationScoped
public class WebLanguages {

    /** The languages with interface words, in the order the language switch lists them. */
    static final List<String> WITH_WORDS = List.of("en", "fr", "es");
    /** English dates read day first ("5 July 2022"), as British English writes them. */
    private static final Locale ENGLISH_DATES = Locale.UK;

    private final Map<String, WebLanguage> withWords;

    public WebLanguages(WebWords english, @Localized("fr") WebWords french, @Localized("es") WebWords spanish) {
        this.withWords = Map.of("en", new WebLanguage("en", english, ENGLISH_DATES),
                "fr", new WebLanguage("fr", french, Locale.FRENCH),
                "es", new WebLanguage("es", spanish, Locale.forLanguageTag("es")));
    }

    /** The language of this code; one without interface words of its own is read with the English ones. */
    public WebLanguage of(String code) {
        WebLanguage known = withWords.get(code);
        if (known != null) {
            return known;
        }
        WebLanguage english = withWords.get(NewsItem.DEFAULT_LANGUAGE);
        return new WebLanguage(code, english.words(), english.locale());
    }

    /** A list's language: the one language it is filtered by, else English. */
    public WebLanguage ofList(WebQuery query) {
        return of(query.lang().size() == 1 ? query.lang().get(0) : NewsItem.DEFAULT_LANGUAGE);
    }

    /** The query of the news list in a language, as links from a page in it lead to: none for English. */
    static String listQuery(String language) {
        return language.equals(NewsItem.DEFAULT_LANGUAGE) ? "" : "lang=" + language;
    }

    /**
     * The news list with the same filters in each language with interface words, and in the one asked for when
     * it has none (so that the page is among its alternates), from its first page.
     */
    static List<LanguageLink> listVersions(WebQuery query, SiteLinks links) {
        List<String> codes = new ArrayList<>(WITH_WORDS);
        if (query.lang().size() == 1 && !codes.contains(query.lang().get(0))) {
            codes.add(query.lang().get(0));
        }
        return codes.stream().map(code -> version(code, links.home(query.inLanguage(code).pageQuery(1)),
                query.lang().equals(List.of(code)))).toList();
    }

    /** The link to a page in {@code code}, named in that language. */
    static LanguageLink version(String code, String href, boolean current) {
        return new LanguageLink(code, ownName(code), href, current);
    }

    /** A language's name in itself: "English", "Français", "Español". */
    static String ownName(String code) {
        return WebLanguage.nameOf(code, Locale.forLanguageTag(code));
    }
}
