package org.newsdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.newsdesk.news.NewsFilter;
import org.newsdesk.news.NewsFilterParser.ListRequest;
import org.newsdesk.news.NewsFilterParser;
import org.newsdesk.news.NewsService;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.news.NewsViews.NewsSummary;
import org.newsdesk.news.Paging;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.http.ParamChecks;
import org.newsdesk.web.WebViews.DemoView;
import org.newsdesk.web.WebViews.EmbedItemView;
import org.newsdesk.web.WebViews.EmbedListView;
import org.newsdesk.web.WebViews.ItemCard;
import org.newsdesk.web.WebViews.Menus;

/** Pages for other sites: the embeddable list and item (for iframes) and the demo that writes the snippets. */
@ApplicationScoped
public class EmbedPages {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;
    static final int LIST_WIDTH = 600;
    static final int LIST_HEIGHT = 400;
    static final String LIST_TITLE = "News from " + SiteLinks.SITE_NAME;

    private final NewsFilterParser parser;
    private final NewsService news;
    private final FilterMenus menus;

    public EmbedPages(NewsFilterParser parser, NewsService news, FilterMenus menus) {
        this.parser = parser;
        this.news = news;
        this.menus = menus;
    }

    /** The newest items matching the list filters; {@code limit} of them (1 to 20, default 5). */
    public String list(ReadSession session, WebQuery query, String limitParam, SiteLinks links) {
        ParamChecks checks = new ParamChecks();
        NewsFilter filter = parser.filter(session, query.filterParams(), checks);
        int limit = limit(limitParam, checks);
        checks.throwIfAny();
        ListRequest request = new ListRequest(filter, new Paging(1, limit, Paging.Sort.NEWEST, null), Set.of());
        List<NewsSummary> items = news.page(session, request, links.api()).items();
        List<String> described = FilterMenus.describe(query, menus.menus(session, query, links.api()));
        String heading = described.isEmpty() ? "Latest news" : "Latest news: " + String.join(", ", described);
        EmbedListView view = new EmbedListView(heading,
                items.stream().map(item -> WebFormat.card(item, links)).toList(),
                links.home(query.filterQuery()));
        // The canonical page of an embedded list is the full list it is cut from.
        PageHead head = PageHead.page(links, heading, "The latest news and features from " + SiteLinks.SITE_NAME + ".",
                links.home(query.filterQuery()), "website", null, query.filterQuery());
        return Pages.embedList(head, view).render();
    }

    public String item(ReadSession session, String slug, SiteLinks links) {
        NewsDetail item = news.bySlug(session, slug, links.api(), false);
        ItemCard card = WebFormat.card(item, links);
        PageHead head = PageHead.page(links, item.title(), WebFormat.excerpt(item.summary()), links.item(item.slug()),
                "article", card.imageUrl(), "");
        return Pages.embedItem(head, new EmbedItemView(card, item.type().label(), links.home(""))).render();
    }

    /** A form to choose a list, the two snippets that embed it and a preview of the iframe. */
    public String demo(ReadSession session, WebQuery query, String limitParam, SiteLinks links) {
        WebQuery tags = query.tagsOnly();
        ParamChecks checks = new ParamChecks();
        parser.filter(session, tags.filterParams(), checks);
        int limit = limit(limitParam, checks);
        checks.throwIfAny();
        Menus menu = menus.menus(session, tags, links.api());
        String src = links.embedList(tags.embedQuery(limit));
        DemoView view = new DemoView(menu.topics(), menu.countries(), menu.regions(), limit, MAX_LIMIT,
                EmbedSnippets.webComponent(links, tags, limit),
                EmbedSnippets.iframe(src, LIST_TITLE, LIST_WIDTH, LIST_HEIGHT), src, links.home(tags.filterQuery()));
        PageHead head = PageHead.page(links, "Embed the news on your site", "Show the latest news and features from "
                + SiteLinks.SITE_NAME + " on any site: a web component, an iframe or oEmbed.",
                links.base() + "/embed/demo" + (tags.embedQuery(limit).isEmpty() ? "" : "?" + tags.embedQuery(limit)),
                "website", null, tags.filterQuery());
        return Pages.demo(head, view).render();
    }

    /** The limit, recorded after the filters' problems; the default stands in when it is missing or wrong. */
    private static int limit(String raw, ParamChecks checks) {
        Integer limit = checks.wholeNumber("limit", raw, 1, MAX_LIMIT, "must be a whole number from 1 to " + MAX_LIMIT);
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
