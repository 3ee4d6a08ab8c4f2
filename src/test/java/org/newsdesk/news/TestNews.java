package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.newsdesk.taxonomy.CountryRepository;
import org.newsdesk.taxonomy.RegionRepository;
import org.newsdesk.taxonomy.TopicRepository;

/** Lets a test own extra items: it creates them before its tests and removes them after. */
@ApplicationScoped
public class TestNews {

    private final NewsRepository news;
    private final TopicRepository topics;
    private final CountryRepository countries;
    private final RegionRepository regions;

    public TestNews(NewsRepository news, TopicRepository topics, CountryRepository countries,
            RegionRepository regions) {
        this.news = news;
        this.topics = topics;
        this.countries = countries;
        this.regions = regions;
    }

    @Transactional
    public long create(String slug, LocalDate publishedOn, NewsType type, List<String> topicSlugs,
            List<String> countryCodes, List<String> regionSlugs) {
        NewsItem item = new NewsItem();
        item.slug = slug;
        item.title = "Test item " + slug;
        item.summary = "Summary of " + slug;
        item.body = "Body of " + slug;
        item.publishedOn = publishedOn;
        item.type = type;
        item.imageUrl = "https://example.org/" + slug + ".jpg";
        item.imageAlt = "Alt text of " + slug;
        item.topics = new HashSet<>(topics.list("slug in ?1", topicSlugs));
        item.countries = new HashSet<>(countries.list("code in ?1", countryCodes));
        item.regions = new HashSet<>(regions.list("slug in ?1", regionSlugs));
        news.persist(item);
        return item.id;
    }

    @Transactional
    public void delete(Collection<Long> ids) {
        ids.forEach(news::deleteById);
    }
}
