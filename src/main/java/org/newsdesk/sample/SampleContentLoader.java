package org.newsdesk.sample;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.newsdesk.news.NewsItem;
import org.newsdesk.news.NewsRepository;
import org.newsdesk.platform.config.NewsdeskConfig;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.db.ReadSessions;
import org.newsdesk.platform.problem.Problem.Violation;
import org.newsdesk.platform.text.Slugs;
import org.newsdesk.taxonomy.Vocabulary;

/**
 * Loads the sample page's 20 items on start unless {@code newsdesk.sample-content.enabled=false}.
 * It loads once per database (recorded in {@code data_load}), so restarts never add, restore or
 * duplicate items; an item whose slug is already taken is skipped.
 */
@ApplicationScoped
public class SampleContentLoader {

    /** Its reads happen inside its writes' transactions, on the primary. */
    private final ReadSession primary;

    private static final Logger LOG = Logger.getLogger(SampleContentLoader.class);
    /** Serialises loaders of several instances starting at once against one database. */
    private static final long ADVISORY_LOCK = 0x4e657773L;
    private static final String LOAD_NAME = "sample-content";

    private final NewsdeskConfig config;
    private final NewsRepository news;
    private final DataLoadRepository loads;
    private final Vocabulary vocabulary;

    public SampleContentLoader(NewsdeskConfig config, NewsRepository news, DataLoadRepository loads,
            Vocabulary vocabulary, ReadSessions sessions) {
        this.primary = sessions.primary();
        this.config = config;
        this.news = news;
        this.loads = loads;
        this.vocabulary = vocabulary;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.sampleContent().enabled()) {
            int added = load(SampleContentReader.read());
            if (added > 0) {
                LOG.infof("Sample content: %d items loaded", added);
            }
        }
    }

    @Transactional
    int load(List<SampleItem> items) {
        loads.lock(ADVISORY_LOCK);
        if (loads.loaded(LOAD_NAME)) {
            return 0;
        }
        int added = 0;
        for (SampleItem sample : items) {
            String slug = Slugs.fromTitle(sample.title());
            if (!news.existsBySlug(slug)) {
                news.persist(toEntity(sample, slug));
                added++;
            }
        }
        loads.recordLoaded(LOAD_NAME);
        return added;
    }

    private NewsItem toEntity(SampleItem sample, String slug) {
        NewsItem item = new NewsItem();
        item.slug = slug;
        item.title = sample.title();
        item.summary = sample.summary();
        item.publishedOn = sample.publishedOn();
        item.imageCredit = sample.imageCredit();
        List<Violation> unknown = new ArrayList<>();
        Vocabulary.Tags tags = vocabulary.tags(primary, sample.topicSlugs(), sample.countryCodes(), sample.regionSlugs(),
                unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Sample item '" + sample.title() + "' names " + unknown);
        }
        item.topics = tags.topics();
        item.countries = tags.countries();
        item.regions = tags.regions();
        return item;
    }
}
