package org.newsdesk.web;

import org.newsdesk.platform.http.ApiLinks;

/**
 * Absolute links to the public pages, feeds and embeds, as canonical and OpenGraph URLs must be, on the
 * public origin (org.newsdesk.platform.http.PublicOrigin).
 */
public final class SiteLinks {

    public static final String SITE_NAME = "Newsdesk";
    private final ApiLinks api;
    private final String base;

    public SiteLinks(ApiLinks api) {
        this.api = api;
        this.base = api.origin().toString().replaceAll("/+$", "");
    }

    public ApiLinks api() {
        return api;
    }

    /** Scheme, host and port, without a trailing slash. */
    public String base() {
        return base;
    }

    public String home(String query) {
        return base + "/" + (query.isEmpty() ? "" : "?" + query);
    }

    public String item(String slug) {
        return base + "/news/" + slug;
    }

    public String embedList(String query) {
        return base + "/embed/news" + (query.isEmpty() ? "" : "?" + query);
    }

    public String embedItem(String slug) {
        return base + "/embed/news/" + slug;
    }

    /** A feed built elsewhere at /feeds/news.{rss,atom,json}, with the page's filters. */
    public String feed(String extension, String query) {
        return base + "/feeds/news." + extension + (query.isEmpty() ? "" : "?" + query);
    }

    public String oembed(String pageUrl) {
        return base + "/oembed?url=" + WebQuery.encode(pageUrl) + "&format=json";
    }
}
