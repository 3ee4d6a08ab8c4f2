package org.newsdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.newsdesk.web.PageHead.LanguageLink;
import org.newsdesk.web.WebViews.ArchiveMonth;
import org.newsdesk.web.WebViews.HomeView;
import org.newsdesk.web.WebViews.ItemView;
import org.newsdesk.web.WebViews.Menus;
import org.newsdesk.web.WebViews.MonthGroup;
import org.newsdesk.web.WebViews.PageNav;
import org.newsdesk.web.WebViews.PageNumber;
import org.newsdesk.web.WebViews.TagLink;

/** The news list ("News and features") and the item pages, as HTML, in the page's language. */
@ApplicationScoped
public class NewsPages {

    private static final int PAGE_WINDOW = 4;

    private final NewsFilterParser parser;
    private final NewsService news;
    private final FilterMenus menus;
    private final WebLanguages languages;

    public NewsPages(NewsFilterParser parser, NewsService news, FilterMenus menus, WebLanguages languages) {
        this.parser = parser;
        this.news = news;
        this.menus = menus;
        this.languages = languages;
    }

    public String home(ReadSession session, WebQuery query, SiteLinks links) {
        ListRequest request = parser.listRequest(session, query.filterParams(), query.listParams());
        WebLanguage language = languages.ofList(query);
        WebWords words = language.words();
        NewsPage page = news.page(session, request, links.api(), language.code());
        Menus menu = menus.menus(session, query, links.api(), language.code());
        List<String> described = FilterMenus.describe(query, menu, language);
        List<ArchiveMonth> archive = news.archive(session, parser.filter(session, query.anyDate().filterParams())).months().stream()
                .map(month -> new ArchiveMonth(FilterMenus.monthName(month.month(), language),
                        links.home(query.inMonth(month.month()).filterQuery()), month.count(),
                        month.month().equals(query.month())))
                .toList();
        PageInfo info = page.page();
        int number = info.number() == null ? 1 : info.number();
        String heading = described.isEmpty() ? words.heading() : words.headingFor(String.join(", ", described));
        if (number > 1) {
            heading += " (" + words.pageNumber(number) + ")";
        }
        HomeView view = new HomeView(heading, menu.topics(), menu.countries(), menu.regions(), query.q(),
                query.month(), query.lang().isEmpty() ? null : String.join(",", query.lang()), query.filtered(),
                resultText(info, page.items().size(), language),
                months(page.items(), firstNumber(info), links, language),
                pageNav(query, info, page.links().next(), links), archive,
                query.dated() ? links.home(query.anyDate().filterQuery()) : null,
                links.home(query.languageOnly().filterQuery()));
        String description = described.isEmpty() ? words.homeDescription()
                : words.filteredDescription(String.join(", ", described));
        PageHead head = PageHead.page(links, heading, description, links.home(query.pageQuery(number)), "website", null,
                query.filterQuery()).in(language.code(), WebLanguages.listVersions(query, links),
                        links.home(query.inLanguage(null).pageQuery(1)));
        return Pages.render(Pages.home(head, view), language);
    }

    public String item(ReadSession session, String slug, SiteLinks links) {
        NewsDetail item = news.bySlug(session, slug, links.api(), false, NewsService.ITEMS_OWN_LANGUAGE);
        WebLanguage language = languages.of(item.language());
        String imageUrl = item.image() == null ? null : WebFormat.imageUrl(item.image().url());
        // Links to lists lead to those in the item's language, as the page's interface is.
        String inLanguage = WebLanguages.listQuery(item.language());
        ItemView view = new ItemView(item.title(), item.publishedOn().toString(), language.day(item.publishedOn()),
                language.typeLabel(item.type()), item.summary(), item.body(), imageUrl,
                imageUrl == null ? null : item.image().alt(), imageUrl == null ? null : item.image().credit(),
                item.topics().stream().map(topic -> tag(topic.name(), "topic=" + topic.slug(), inLanguage, links))
                        .toList(),
                item.countries().stream()
                        .map(country -> tag(country.name(), "country=" + country.code(), inLanguage, links)).toList(),
                item.regions().stream()
                        .map(region -> tag(region.name(), "region=" + region.slug(), inLanguage, links)).toList(),
                links.home(inLanguage));
        PageHead head = PageHead.page(links, item.title(), WebFormat.excerpt(item.summary()), links.item(item.slug()),
                "article", imageUrl, "").in(language.code(), itemVersions(item, links), null);
        return Pages.render(Pages.item(head, view), language);
    }

    /** The item in each language it is written in: its own, and its translations the public may see. */
    private static List<LanguageLink> itemVersions(NewsDetail item, SiteLinks links) {
        List<LanguageLink> versions = new ArrayList<>();
        versions.add(WebLanguages.version(item.language(), links.item(item.slug()), true));
        item.translations().forEach(translation -> versions.add(
                WebLanguages.version(translation.language(), links.item(translation.slug()), false)));
        versions.sort(Comparator.comparing(LanguageLink::code));
        return versions;
    }

    private static TagLink tag(String name, String filter, String inLanguage, SiteLinks links) {
        return new TagLink(name, links.home(inLanguage.isEmpty() ? filter : filter + "&" + inLanguage));
    }

    /** Consecutive items of one month under one heading; the list is newest first, numbered from {@code first}. */
    static List<MonthGroup> months(List<NewsSummary> items, int first, SiteLinks links, WebLanguage language) {
        List<MonthGroup> groups = new ArrayList<>();
        YearMonth current = null;
        int position = first;
        for (NewsSummary item : items) {
            YearMonth month = YearMonth.from(item.publishedOn());
            if (!month.equals(current)) {
                groups.add(new MonthGroup("month-" + month, language.month(month), position, new ArrayList<>()));
                current = month;
            }
            groups.get(groups.size() - 1).items().add(WebFormat.card(item, links, language));
            position++;
        }
        return groups;
    }

    /** The position of the page's first item in the whole list (1 on pages reached by cursor, whose is unknown). */
    private static int firstNumber(PageInfo info) {
        return info.number() == null ? 1 : (info.number() - 1) * info.size() + 1;
    }

    private static String resultText(PageInfo info, int shown, WebLanguage language) {
        WebWords words = language.words();
        if (shown == 0) {
            return words.noMatch();
        }
        String total = info.totalItemsExact() ? language.number(info.totalItems())
                : words.moreThan(language.number(info.totalItems()));
        if (info.number() == null) {
            return words.itemsOf(shown, total);
        }
        int first = firstNumber(info);
        return info.totalItems() == 1 ? words.oneItem()
                : words.itemRange(language.number(first), language.number(first + shown - 1L), total);
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
