package org.newsdesk.web;

/**
 * What the head of every page says about it: title and description (also for OpenGraph), the canonical
 * URL (null on error pages, which have none; then also no og:url and no oEmbed link), the feeds with the
 * page's filters and the oEmbed discovery link.
 */
public record PageHead(String title, String description, String canonical, String ogType, String ogImage,
        String rss, String atom, String jsonFeed, String oembed, boolean indexable) {

    static PageHead page(SiteLinks links, String title, String description, String canonical, String ogType,
            String ogImage, String feedQuery) {
        return new PageHead(title, description, canonical, ogType, ogImage, links.feed("rss", feedQuery),
                links.feed("atom", feedQuery), links.feed("json", feedQuery),
                canonical == null ? null : links.oembed(canonical), canonical != null);
    }

    /** The document title: the page's own, then the site's. */
    public String documentTitle() {
        return title.equals(SiteLinks.SITE_NAME) ? title : title + " – " + SiteLinks.SITE_NAME;
    }

    public String siteName() {
        return SiteLinks.SITE_NAME;
    }
}
