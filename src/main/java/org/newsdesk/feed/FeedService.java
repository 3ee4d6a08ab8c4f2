package org.newsdesk.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.news.NewsFilter;
import org.newsdesk.news.NewsFilterParams;
import org.newsdesk.news.NewsFilterParser.ListRequest;
import org.newsdesk.news.NewsFilterParser;
import org.newsdesk.news.NewsService;
import org.newsdesk.news.NewsViews.NewsSummary;
import org.newsdesk.news.Paging;
import org.newsdesk.platform.config.ServiceClock;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.http.ParamChecks;
import org.newsdesk.taxonomy.Vocabulary;

/** The newest items of a filtered news list (public ones unless an editor asks otherwise), as a feed. */
@ApplicationScoped
public class FeedService {

    static final int DEFAULT_LIMIT = 20;
    static final String LIMIT_MESSAGE = "must be a whole number from 1 to " + Paging.MAX_SIZE;

    private final NewsFilterParser parser;
    private final NewsService news;
    private final Vocabulary vocabulary;
    private final ServiceClock clock;

    public FeedService(NewsFilterParser parser, NewsService news, Vocabulary vocabulary, ServiceClock clock) {
        this.parser = parser;
        this.news = news;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    /** Checks the filters and the limit together (one 400 names every problem), then reads the items. */
    public NewsFeed latest(ReadSession session, NewsFilterParams params, String rawLimit, FeedLinks links) {
        ParamChecks checks = new ParamChecks();
        NewsFilter filter = parser.filter(session, params, checks);
        Integer limit = checks.wholeNumber("limit", rawLimit, 1, Paging.MAX_SIZE, LIMIT_MESSAGE);
        checks.throwIfAny();
        // Newest first, or by relevance when searching: the list's own defaults.
        Paging paging = new Paging(1, limit == null ? DEFAULT_LIMIT : limit,
                filter.query() == null ? Paging.Sort.NEWEST : Paging.Sort.RELEVANCE, null);
        // The feed's own words and tag names: in the one language asked for when it has words of its own (fr, es).
        String asked = filter.languages().size() == 1 ? filter.languages().iterator().next() : NewsFeed.OWN_LANGUAGE;
        FeedWords words = FeedWords.of(asked);
        String wordsLanguage = words == null ? NewsFeed.OWN_LANGUAGE : asked;
        List<NewsFeed.Entry> entries = news.page(session, new ListRequest(filter, paging, Set.of()), links.api(),
                wordsLanguage).items().stream().map(item -> entry(item, links)).toList();
        List<String> topics = vocabulary.topicNames(session, filter.topicIds(), wordsLanguage);
        List<String> countries = vocabulary.countryNames(session, filter.countryCodes(), wordsLanguage);
        List<String> regions = vocabulary.regionNames(session, filter.regionIds(), wordsLanguage);
        String title = FeedText.xmlSafe(words == null ? FeedTitle.of(filter, topics, countries, regions)
                : words.title(filter, topics, countries, regions));
        String description = words != null ? words.description(title, filter.query() != null)
                : title + (filter.query() == null ? ": the newest items first." : ": the best matches first.");
        return new NewsFeed(title, description, language(filter, entries), links.self(), links.home(),
                updated(entries), entries);
    }

    /**
     * The one language asked for (lang); else the one every item is in; else, for items in several languages (or
     * none), the language of the feed's own words. Each entry says its own where the format can.
     */
    static String language(NewsFilter filter, List<NewsFeed.Entry> entries) {
        if (filter.languages().size() == 1) {
            return filter.languages().iterator().next();
        }
        Set<String> used = entries.stream().map(NewsFeed.Entry::language).collect(Collectors.toSet());
        return used.size() == 1 ? used.iterator().next() : NewsFeed.OWN_LANGUAGE;
    }

    private NewsFeed.Entry entry(NewsSummary item, FeedLinks links) {
        String scheme = links.topicScheme();
        List<NewsFeed.Category> categories = item.topics().stream()
                .map(topic -> new NewsFeed.Category(scheme, topic.slug(), FeedText.xmlSafe(topic.name()))).toList();
        OffsetDateTime published = item.publishedOn().atStartOfDay(clock.zone()).toOffsetDateTime();
        return new NewsFeed.Entry(links.tag(item.id()), links.newsPage(item.slug()), FeedText.xmlSafe(item.title()),
                FeedText.xmlSafe(item.summary()), published, item.updatedAt(), categories,
                item.image() == null ? null : FeedText.xmlSafe(item.image().url()),
                item.image() == null ? null : FeedText.xmlSafe(item.image().credit()), item.language());
    }

    /**
     * When the feed last changed visibly: the latest edit of an item in it, or the start of the day an
     * item appeared on, if later. A scheduled item, written days before its date, changes the feed only
     * when its day comes, and a reader asking If-Modified-Since must not miss it.
     */
    private static Instant updated(List<NewsFeed.Entry> entries) {
        return entries.stream()
                .map(entry -> entry.updated().isAfter(entry.published().toInstant()) ? entry.updated()
                        : entry.published().toInstant())
                .max(Comparator.naturalOrder()).orElse(null);
    }

}
