package org.newsdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.newsdesk.news.NewsFilterParser.ListRequest;
import org.newsdesk.news.NewsFilterParser;
import org.newsdesk.news.NewsService;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.news.NewsViews.NewsPage;
import org.newsdesk.news.NewsViews.NewsSummary;
import org.newsdesk.news.NewsViews.PageInfo;
import org.newsdesk.news.Paging;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.web.WebViews.ArchiveMonth;
import org.newsdesk.web.WebViews.HomeView;
import org.newsdesk.web.WebViews.ItemView;
import org.newsdesk.web.WebViews.Menus;
import org.newsdesk.web.WebViews.MonthGroup;
import org.newsdesk.web.WebViews.PageNav;
import org.newsdesk.web.WebViews.PageNumber;
import org.newsdesk.web.WebViews.TagLink;

/** The news list ("News and features") and the item pages, as HTML. */
@ApplicationScoped
public class NewsPages {

    static final String HEADING = "News and features";
    private static final int PAGE_WINDOW = 4;

    private final NewsFilterParser parser;
    private final NewsService news;
    private final FilterMenus menus;

    public NewsPages(NewsFilterParser parser, NewsService news, FilterMenus menus) {
        this.parser = parser;
        this.news = news;
        this.menus = menus;
    }

    public String home(ReadSession session, WebQuery query, SiteLinks links) {
        ListRequest request = parser.listRequest(session, query.filterParams(), query.listParams());
        NewsPage page = news.page(session, request, links.api());
        Menus menu = menus.menus(session, query, links.api());
        List<String> described = FilterMenus.describe(query, menu);
        List<ArchiveMonth> archive = news.archive(session, parser.filter(session, query.anyDate().filterParams())).months().stream()
                .map(month -> new ArchiveMonth(FilterMenus.monthName(month.month()),
                        links.home(query.inMonth(month.month()).filterQuery()), month.count(),
                        month.month().equals(query.month())))
                .toList();
        PageInfo info = page.page();
        HomeView view = new HomeView(menu.topics(), menu.countries(), menu.regions(), query.q(), query.month(),
                query.filtered(), resultText(info, page.items().size()), months(page.items(), links),
                pageNav(query, info, page.links().next(), links), archive,
                query.dated() ? links.home(query.anyDate().filterQuery()) : null,
                links.home(""));

        String title = described.isEmpty() ? HEADING : HEADING + ": " + String.join(", ", described);
        if (info.number() != null && info.number() > 1) {
            title += " (page " + info.number() + ")";
        }
        String description = described.isEmpty()
                ? "News, features, press releases and statements on social protection, newest first, by month."
                : "News and features on social protection: " + String.join(", ", described) + ".";
        int number = info.number() == null ? 1 : info.number();
        PageHead head = PageHead.page(links, title, description, links.home(query.pageQuery(number)), "website", null,
                query.filterQuery());
        return Pages.home(head, view).render();
    }

    public String item(ReadSession session, String slug, SiteLinks links) {
        NewsDetail item = news.bySlug(session, slug, links.api(), false);
        String imageUrl = item.image() == null ? null : WebFormat.imageUrl(item.image().url());
        ItemView view = new ItemView(item.title(), item.publishedOn().toString(), WebFormat.day(item.publishedOn()),
                item.type().label(), item.summary(), item.body(), imageUrl,
                item.image() == null ? null : item.image().alt(), item.image() == null ? null : item.image().credit(),
                item.topics().stream().map(topic -> tag(topic.name(), "topic=" + topic.slug(), links)).toList(),
                item.countries().stream().map(country -> tag(country.name(), "country=" + country.code(), links))
                        .toList(),
                item.regions().stream().map(region -> tag(region.name(), "region=" + region.slug(), links)).toList(),
                links.home(""));
        PageHead head = PageHead.page(links, item.title(), WebFormat.excerpt(item.summary()), links.item(item.slug()),
                "article", imageUrl, "");
        return Pages.item(head, view).render();
    }

    private static TagLink tag(String name, String query, SiteLinks links) {
        return new TagLink(name, links.home(query));
    }

    /** Consecutive items of one month under one heading; the list is newest first. */
    static List<MonthGroup> months(List<NewsSummary> items, SiteLinks links) {
        List<MonthGroup> groups = new ArrayList<>();
        YearMonth current = null;
        for (NewsSummary item : items) {
            YearMonth month = YearMonth.from(item.publishedOn());
            if (!month.equals(current)) {
                groups.add(new MonthGroup("month-" + month, WebFormat.month(month), new ArrayList<>()));
                current = month;
            }
            groups.get(groups.size() - 1).items().add(WebFormat.card(item, links));
        }
        return groups;
    }

    private static String resultText(PageInfo info, int shown) {
        if (shown == 0) {
            return "No news matches these filters.";
        }
        String total = info.totalItemsExact() ? String.format("%,d", info.totalItems())
                : "more than " + String.format("%,d", info.totalItems());
        if (info.number() == null) {
            return shown + (shown == 1 ? " item" : " items") + " of " + total + ".";
        }
        long first = (long) (info.number() - 1) * info.size() + 1;
        return info.totalItems() == 1 ? "1 item." : "Items " + first + "–" + (first + shown - 1) + " of " + total + ".";
    }

    /**
     * Page numbers reach as deep as the API allows them ({@link Paging#MAX_OFFSET} items); past that, and on
     * pages reached by cursor, "Next" follows the cursor, and "First page" leads back.
     */
    private static PageNav pageNav(WebQuery query, PageInfo info, String nextByCursor, SiteLinks links) {
        int byNumber = (Paging.MAX_OFFSET + info.size() - 1) / info.size();
        int last = info.totalPages() == null ? byNumber : (int) Math.min(info.totalPages(), byNumber);
        if (info.number() == null) {
            return new PageNav(links.home(query.pageQuery(1)), null, List.of(), nextByCursor);
        }
        int number = info.number();
        List<PageNumber> numbers = new ArrayList<>();
        for (int n = Math.max(1, number - PAGE_WINDOW); n <= Math.min(last, number + PAGE_WINDOW); n++) {
            numbers.add(new PageNumber(n, links.home(query.pageQuery(n)), n == number));
        }
        String prev = number > 1 ? links.home(query.pageQuery(Math.min(number - 1, Math.max(last, 1)))) : null;
        String next = number < last ? links.home(query.pageQuery(number + 1)) : nextByCursor;
        String first = number - PAGE_WINDOW > 1 ? links.home(query.pageQuery(1)) : null;
        return new PageNav(first, prev, numbers, next);
    }
}
