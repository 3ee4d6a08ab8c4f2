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
import org.newsdesk.platform.http.ContentLanguage;
import org.newsdesk.platform.http.ParamChecks;
import org.newsdesk.web.WebViews.DemoView;
import org.newsdesk.web.WebViews.EmbedItemView;
import org.newsdesk.web.WebViews.EmbedListView;
import org.newsdesk.web.WebViews.ItemCard;
import org.newsdesk.web.WebViews.LanguageOption;
import org.newsdesk.web.WebViews.Menus;

/** Pages for other sites: the embeddable list and item (for iframes) and the demo that writes the snippets. */
@ApplicationScoped
public class EmbedPages {

    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 20;
    static final int LIST_WIDTH = 600;
    /** An embedded list's heading and "more" link, and each item's room (a title on two lines, and its date). */
    private static final int LIST_FRAME_PIXELS = 100;
    private static final int ITEM_PIXELS = 80;

    private final NewsFilterParser parser;
    private final NewsService news;
    private final FilterMenus menus;
    private final WebLanguages languages;

    public EmbedPages(NewsFilterParser parser, NewsService news, FilterMenus menus, WebLanguages languages) {
        this.parser = parser;
        this.news = news;
        this.menus = menus;
        this.languages = languages;
    }

    /** The newest items matching the list filters; {@code limit} of them (1 to 20, default 5). */
    public String list(ReadSession session, WebQuery query, String limitParam, SiteLinks links) {
        ParamChecks checks = new ParamChecks();
        NewsFilter filter = parser.filter(session, query.filterParams(), checks);
        int limit = limit(limitParam, checks);
        checks.throwIfAny();
        ListRequest request = new ListRequest(filter, new Paging(1, limit, Paging.Sort.NEWEST, null), Set.of());
        WebLanguage language = languages.ofList(query);
        List<NewsSummary> items = news.page(session, request, links.api(), language.code()).items();
        List<String> described = FilterMenus.describe(query, menus.menus(session, query, links.api(), language.code()),
                language);
        String heading = described.isEmpty() ? language.words().latestNews()
                : language.words().latestNewsFor(String.join(", ", described));
        EmbedListView view = new EmbedListView(heading,
                items.stream().map(item -> WebFormat.card(item, links, language)).toList(),
                links.home(query.filterQuery()));
        // The canonical page of an embedded list is the full list it is cut from.
        PageHead head = PageHead.page(links, heading, language.words().embedDescription(SiteLinks.SITE_NAME),
                links.home(query.filterQuery()), "website", null, query.filterQuery()).in(language.code(), List.of(), null);
        return Pages.render(Pages.embedList(head, view), language);
    }

    public String item(ReadSession session, String slug, SiteLinks links) {
        NewsDetail item = news.bySlug(session, slug, links.api(), false, NewsService.ITEMS_OWN_LANGUAGE);
        WebLanguage language = languages.of(item.language());
        ItemCard card = WebFormat.card(item, links, language);
        PageHead head = PageHead.page(links, item.title(), WebFormat.excerpt(item.summary()), links.item(item.slug()),
                "article", card.imageUrl(), "").in(language.code(), List.of(), null);
        EmbedItemView view = new EmbedItemView(card, language.typeLabel(item.type()),
                links.home(WebLanguages.listQuery(item.language())));
        return Pages.render(Pages.embedItem(head, view), language);
    }

    /** A form to choose a list, the two snippets that embed it and a preview of the iframe. */
    public String demo(ReadSession session, WebQuery query, String limitParam, SiteLinks links) {
        WebQuery tags = query.tagsOnly();
        ParamChecks checks = new ParamChecks();
        parser.filter(session, tags.filterParams(), checks);
        int limit = limit(limitParam, checks);
        checks.throwIfAny();
        Menus menu = menus.menus(session, tags, links.api(), ContentLanguage.DEFAULT); // the demo page is English
        String src = links.embedList(tags.embedQuery(limit));
        List<LanguageOption> embedLanguages = WebLanguages.WITH_WORDS.stream().map(code -> new LanguageOption(code,
                WebLanguages.ownName(code), tags.lang().contains(code))).toList();
        DemoView view = new DemoView(menu.topics(), menu.countries(), menu.regions(), embedLanguages, limit, MAX_LIMIT,
                EmbedSnippets.webComponent(links, tags, limit),
                EmbedSnippets.iframe(src, listTitle(languages.ofList(tags)), LIST_WIDTH, listHeight(limit)), src,
                listHeight(limit), links.home(tags.filterQuery()));
        PageHead head = PageHead.page(links, "Embed the news on your site", "Show the latest news and features from "
                + SiteLinks.SITE_NAME + " on any site: a web component, an iframe or oEmbed.",
                links.base() + "/embed/demo" + (tags.embedQuery(limit).isEmpty() ? "" : "?" + tags.embedQuery(limit)),
                "website", null, tags.filterQuery());
        return Pages.demo(head, view).render();
    }

    /** An iframe's height that shows all of a list of this many items at {@link #LIST_WIDTH} without a scroll bar. */
    static int listHeight(int limit) {
        return LIST_FRAME_PIXELS + ITEM_PIXELS * limit;
    }

    /** The title of an iframe of a list, in the list's language: "News from Newsdesk". */
    static String listTitle(WebLanguage language) {
        return language.words().newsFrom(SiteLinks.SITE_NAME);
    }

    /** The limit, recorded after the filters' problems; the default stands in when it is missing or wrong. */
    private static int limit(String raw, ParamChecks checks) {
        Integer limit = checks.wholeNumber("limit", raw, 1, MAX_LIMIT, "must be a whole number from 1 to " + MAX_LIMIT);
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
