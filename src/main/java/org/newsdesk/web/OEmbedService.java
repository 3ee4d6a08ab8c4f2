package org.newsdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsdesk.news.NewsFilterParser;
import org.newsdesk.news.NewsService;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.http.ParamChecks;
import org.newsdesk.platform.problem.ResourceMovedException;
import org.newsdesk.platform.problem.ResourceNotFoundException;

/**
 * oEmbed for the public pages: the news list at "/" (with its filters) becomes an iframe of /embed/news with
 * the same filters (lang included), an item page "/news/{slug}" an iframe of /embed/news/{slug}; the answer
 * names the embed's language, as its page's {@code <html lang>} does. Any other URL, or one of another site, has
 * no embed (404).
 */
@ApplicationScoped
public class OEmbedService {

    static final int ITEM_WIDTH = 600;
    static final int ITEM_HEIGHT = 300;
    static final long CACHE_AGE = 3600;
    private static final Pattern ITEM_PATH = Pattern.compile("/news/([^/]+)/?");
    /** Six digits at most, as before: a million pixels is no size for an embed. */
    private static final int MAX_PIXELS = 999_999;
    private static final String PIXELS = "must be a whole number of pixels from 1";

    private final NewsFilterParser parser;
    private final NewsService news;
    private final FilterMenus menus;
    private final WebLanguages languages;

    public OEmbedService(NewsFilterParser parser, NewsService news, FilterMenus menus, WebLanguages languages) {
        this.parser = parser;
        this.news = news;
        this.menus = menus;
        this.languages = languages;
    }

    public OEmbed describe(ReadSession session, String url, String maxwidth, String maxheight, SiteLinks links) {
        ParamChecks checks = new ParamChecks();
        URI page = pageUri(url, checks);
        Integer maxWidth = checks.wholeNumber("maxwidth", maxwidth, 1, MAX_PIXELS, PIXELS);
        Integer maxHeight = checks.wholeNumber("maxheight", maxheight, 1, MAX_PIXELS, PIXELS);
        checks.throwIfAny();
        if (!sameSite(page, URI.create(links.base()))) {
            throw noEmbed(url);
        }
        String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
        var item = ITEM_PATH.matcher(path);
        if (path.equals("/")) {
            return list(session, WebQuery.from(queryOf(page, url)), maxWidth, maxHeight, links);
        } else if (item.matches()) {
            return item(session, item.group(1), maxWidth, maxHeight, links);
        }
        throw noEmbed(url);
    }

    private OEmbed list(ReadSession session, WebQuery query, Integer maxWidth, Integer maxHeight, SiteLinks links) {
        ParamChecks checks = new ParamChecks();
        parser.filter(session, query.filterParams(), checks);
        if (checks.hasViolations()) {
            throw noEmbed(links.home(query.filterQuery()));
        }
        WebLanguage language = languages.ofList(query);
        List<String> described = FilterMenus.describe(query, menus.menus(session, query, links.api(), language.code()),
                language);
        String title = described.isEmpty() ? language.words().heading()
                : language.words().headingFor(String.join(", ", described));
        return answer(title, language.code(), links.embedList(query.embedQuery(null)), EmbedPages.listTitle(language),
                EmbedPages.LIST_WIDTH, EmbedPages.listHeight(EmbedPages.DEFAULT_LIMIT), maxWidth, maxHeight, links);
    }

    private OEmbed item(ReadSession session, String slug, Integer maxWidth, Integer maxHeight, SiteLinks links) {
        NewsDetail item;
        try {
            item = news.bySlug(session, slug, links.api(), false);
        } catch (ResourceMovedException e) {
            String path = e.location().getPath();
            item = news.bySlug(session, path.substring(path.lastIndexOf('/') + 1), links.api(), false);
        }
        return answer(item.title(), item.language(), links.embedItem(item.slug()), item.title(), ITEM_WIDTH,
                ITEM_HEIGHT, maxWidth, maxHeight, links);
    }

    private static OEmbed answer(String title, String language, String src, String frameTitle, int width, int height,
            Integer maxWidth, Integer maxHeight, SiteLinks links) {
        int w = maxWidth == null ? width : Math.min(width, maxWidth);
        int h = maxHeight == null ? height : Math.min(height, maxHeight);
        return new OEmbed("rich", "1.0", title, SiteLinks.SITE_NAME, links.home(""),
                EmbedSnippets.iframe(src, frameTitle, w, h), w, h, CACHE_AGE, language);
    }

    private static URI pageUri(String url, ParamChecks checks) {
        if (url == null || url.isBlank()) {
            checks.add("url", "is required: the address of a news page, such as "
                    + "https://news.example.org/?topic=pensions");
            return null;
        }
        return checks.value("url", url, OEmbedService::absoluteHttp, "must be an absolute http or https URL");
    }

    /** The address when it is an absolute http or https URL with a host, else null. */
    private static URI absoluteHttp(String url) {
        URI uri = URI.create(url);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
    }

    /** This site's pages: the host and port this request came to (the public ones behind a proxy, when enabled). */
    private static boolean sameSite(URI page, URI site) {
        return page.getHost().equalsIgnoreCase(site.getHost()) && port(page) == port(site);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static MultivaluedMap<String, String> queryOf(URI page, String url) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        String query = page.getRawQuery();
        if (query == null) {
            return params;
        }
        try {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                params.add(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw noEmbed(url);
        }
        return params;
    }

    private static ResourceNotFoundException noEmbed(String url) {
        return new ResourceNotFoundException("There is no embeddable news page at " + url + ".");
    }
}
