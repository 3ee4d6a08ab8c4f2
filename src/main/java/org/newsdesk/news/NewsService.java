package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.news.NewsFilterParser.ListRequest;
import org.newsdesk.news.NewsListRepository.ListRead;
import org.newsdesk.news.NewsListRepository.ListedItem;
import org.newsdesk.news.NewsListRepository.NewsRow;
import org.newsdesk.news.NewsListRepository.TagKeys;
import org.newsdesk.news.NewsRepository.Publication;
import org.newsdesk.news.NewsRepository.Tags;
import org.newsdesk.news.NewsViews.Archive;
import org.newsdesk.news.NewsViews.FacetValue;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.news.NewsViews.NewsPage;
import org.newsdesk.news.NewsViews.PageInfo;
import org.newsdesk.news.NewsViews.PageLinks;
import org.newsdesk.platform.config.ServiceClock;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.db.ReadSessions;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.http.ContentLanguage;
import org.newsdesk.platform.problem.ResourceMovedException;
import org.newsdesk.platform.problem.ResourceNotFoundException;
import org.newsdesk.platform.text.Slugs;
import org.newsdesk.taxonomy.TagDirectory;
import org.newsdesk.taxonomy.Vocabulary;

/** Reading news: pages of filtered lists, single items and the month archive. */
@ApplicationScoped
public class NewsService {

    private final ReadSessions sessions;

    private final NewsRepository news;
    private final NewsListRepository lists;
    private final NewsFacets facets;
    private final CursorCodec cursors;
    private final ServiceClock clock;
    private final Vocabulary vocabulary;
    private final TagShares tagShares;
    private final LanguagesInUse languages;

    public NewsService(NewsRepository news, NewsListRepository lists, NewsFacets facets, CursorCodec cursors,
            ServiceClock clock, ReadSessions sessions, Vocabulary vocabulary, TagShares tagShares,
            LanguagesInUse languages) {
        this.sessions = sessions;
        this.languages = languages;
        this.tagShares = tagShares;
        this.vocabulary = vocabulary;
        this.news = news;
        this.lists = lists;
        this.facets = facets;
        this.cursors = cursors;
        this.clock = clock;
    }

    /**
     * Count (exact up to {@link Paging#MAX_OFFSET}, beyond which the total is only "more than that"), page (one
     * row more than asked, to know whether another page follows), tags and highlights in one statement (a search
     * counts first, in a statement of its own, to choose how its page is read), then the facets asked for; each a
     * plain autocommit read: no transaction round trips. The items' tags are named in {@code language}
     * ({@link ContentLanguage}).
     */
    public NewsPage page(ReadSession session, ListRequest request, ApiLinks links, String language) {
        NewsFilter filter = languages.searchable(session, request.filter());
        Paging paging = request.paging();
        int limit = paging.size() + 1;
        int cap = Paging.MAX_OFFSET + 1;
        ListRead read = filter.query() == null
                ? lists.read(session, filter, paging, limit, cap,
                        tagShares.reading(session, filter, paging.sort(), limit + paging.offset()))
                : lists.search(session, filter, paging, limit,
                        SearchPlan.of(lists.countMatches(session, filter, limit + paging.offset(), cap), paging, limit));
        long counted = read.counted();
        boolean exact = counted <= Paging.MAX_OFFSET;
        List<ListedItem> items = read.items();
        boolean more = items.size() > paging.size();
        if (more) {
            items = items.subList(0, paging.size());
        }
        String next = more ? links.currentAt("cursor", cursors.encode(cursorAfter(items.get(items.size() - 1).row(),
                paging, filter))) : null;
        TagDirectory names = directoryFor(session, items.stream().map(ListedItem::tags).toList());
        Map<String, Highlighter> highlighters = new HashMap<>(); // one per language and parsed query on the page
        return new NewsPage(
                items.stream().map(item -> NewsMapper.summary(item.row(), tags(names, item.tags(), language),
                        item.parsedQuery() == null ? null : highlighters.computeIfAbsent(
                                item.row().language() + " " + item.parsedQuery(),
                                key -> Highlighter.forQuery(item.parsedQuery(), SearchLanguage.of(item.row().language())))
                                .highlight(item.row().title(), item.row().summary(), item.body()), links)).toList(),
                new PageInfo(paging.page(), paging.size(), exact ? counted : Paging.MAX_OFFSET, exact,
                        exact ? (counted + paging.size() - 1) / paging.size() : null),
                new PageLinks(links.current(), next),
                facets(session, request.facets(), filter));
    }

    /**
     * The item with this slug: any item for an editor, else only a public one. A slug the item had
     * before answers with a redirect to its current one.
     */
    public NewsDetail bySlug(ReadSession session, String slug, ApiLinks links, boolean editor) {
        return bySlug(session, slug, links, editor, ContentLanguage.DEFAULT);
    }

    /** For {@link #bySlug}: tags named in the item's own language, as its page is. */
    public static final String ITEMS_OWN_LANGUAGE = null;

    /** The same, with the item's tags named in {@code language} ({@link #ITEMS_OWN_LANGUAGE}: the item's). */
    public NewsDetail bySlug(ReadSession session, String slug, ApiLinks links, boolean editor, String language) {
        // A value that cannot be a slug (say, with a NUL byte) is not sent to the database at all.
        if (!Slugs.isSlug(slug)) {
            throw notFound(slug);
        }
        LocalDate today = editor ? null : clock.today();
        NewsItem item = (editor ? news.findBySlug(session, slug) : news.findPublic(session, slug, today)).orElseThrow(() -> {
            Optional<String> current = news.currentSlugOf(session, slug, today);
            return current.isPresent() ? new ResourceMovedException(links.resourceUri("news", current.get()))
                    : notFound(slug);
        });
        return detail(session, item, links, today, language == ITEMS_OWN_LANGUAGE ? item.language : language);
    }

    /**
     * An item as its answer shows it, its tags named from the taxonomy in memory, with its translations: those the
     * public may see on {@code today}, or every one for an editor ({@code today} null). For reads, and for writes
     * once the written entity is refreshed (its tag arrays are set by the schema's triggers).
     */
    public NewsDetail detail(ReadSession session, NewsItem item, ApiLinks links, LocalDate today) {
        return detail(session, item, links, today, ContentLanguage.DEFAULT);
    }

    private NewsDetail detail(ReadSession session, NewsItem item, ApiLinks links, LocalDate today, String language) {
        TagKeys keys = new TagKeys(List.of(item.topicIds), List.of(item.countryCodes), List.of(item.regionIds));
        return NewsMapper.detail(item, tags(directoryFor(session, List.of(keys)), keys, language),
                news.translations(session, item, today), links);
    }

    public static ResourceNotFoundException notFound(String slug) {
        return new ResourceNotFoundException("No news item with slug '" + slug + "'.");
    }

    public Archive archive(ReadSession session, NewsFilter filter) {
        return new Archive(news.months(session, languages.searchable(session, filter)));
    }

    /** How many items the public sees and the newest one's date: what the API's lists would show today. */
    @ActivateRequestContext
    public Publication publication() {
        return news.publication(sessions.primary(), clock.today());
    }

    private Map<String, List<FacetValue>> facets(ReadSession session, Collection<Dimension> dimensions,
            NewsFilter filter) {
        Map<String, List<FacetValue>> counts = new LinkedHashMap<>();
        facets.count(session, dimensions, filter)
                .forEach((dimension, values) -> counts.put(dimension.name().toLowerCase(Locale.ROOT), values));
        return counts.isEmpty() ? null : counts;
    }

    /**
     * The taxonomy's names as kept in memory, or read anew when a row names an entry they lack: a read replica may
     * have replayed a change this instance has not heard of yet.
     */
    private TagDirectory directoryFor(ReadSession session, List<TagKeys> items) {
        TagDirectory names = vocabulary.directory(session);
        for (TagKeys keys : items) {
            if (!names.knows(keys.topicIds(), keys.countryCodes(), keys.regionIds())) {
                return vocabulary.directoryAfresh(session);
            }
        }
        return names;
    }

    private static Tags tags(TagDirectory names, TagKeys keys, String language) {
        Tags tags = new Tags();
        tags.topics.addAll(names.topics(keys.topicIds(), language));
        tags.countries.addAll(names.countries(keys.countryCodes(), language));
        tags.regions.addAll(names.regions(keys.regionIds(), language));
        return tags;
    }

    private static Cursor cursorAfter(NewsRow last, Paging paging, NewsFilter filter) {
        return new Cursor(paging.sort(), CursorCodec.fingerprint(filter), last.publishedOn(), last.updatedAt(),
                last.rank(), last.id());
    }
}
