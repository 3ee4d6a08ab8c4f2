package org.newsdesk.web;

import java.util.List;
import org.newsdesk.news.NewsItem;

/**
 * What the head of every page says about it: title and description (also for OpenGraph), the canonical
 * URL (null on error pages, which have none; then also no og:url and no oEmbed link), the feeds with the
 * page's filters and the oEmbed discovery link; its language ({@code <html lang>}), the same page in other
 * languages (hreflang alternates, and the language switch when there are two or more) and the page for
 * any language ({@code xDefault}, or null).
 */
public record PageHead(String title, String description, String canonical, String ogType, String ogImage,
        String rss, String atom, String jsonFeed, String oembed, boolean indexable, String language,
        List<LanguageLink> languages, String xDefault) {

    static PageHead page(SiteLinks links, String title, String description, String canonical, String ogType,
            String ogImage, String feedQuery) {
        return new PageHead(title, description, canonical, ogType, ogImage, links.feed("rss", feedQuery),
                links.feed("atom", feedQuery), links.feed("json", feedQuery),
                canonical == null ? null : links.oembed(canonical), canonical != null, NewsItem.DEFAULT_LANGUAGE, List.of(),
                null);
    }

    /** This head for a page in {@code language}, with its versions in other languages. */
    PageHead in(String language, List<LanguageLink> languages, String xDefault) {
        return new PageHead(title, description, canonical, ogType, ogImage, rss, atom, jsonFeed, oembed, indexable,
                language, languages, xDefault);
    }

    /** The document title: the page's own, then the site's. */
    public String documentTitle() {
        return title.equals(SiteLinks.SITE_NAME) ? title : title + " – " + SiteLinks.SITE_NAME;
    }

    /** The news list in this page's language: where the site's name and menu lead. */
    public String homePath() {
        String query = WebLanguages.listQuery(language);
        return query.isEmpty() ? "/" : "/?" + query;
    }

    public String siteName() {
        return SiteLinks.SITE_NAME;
    }

    /** A switch between languages is worth showing when the page exists in more than one. */
    public boolean languageSwitch() {
        return languages.size() > 1;
    }

    /** The page in one language: its code, its name in that language ("Français"), and whether it is this page. */
    public record LanguageLink(String code, String name, String href, boolean current) {
    }
}
