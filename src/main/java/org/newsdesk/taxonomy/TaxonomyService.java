package org.newsdesk.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.newsdesk.platform.config.ServiceClock;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.http.ApiLinks;
import org.newsdesk.platform.problem.ResourceNotFoundException;
import org.newsdesk.platform.text.Slugs;
import org.newsdesk.taxonomy.TagRefs.RegionRef;
import org.newsdesk.taxonomy.TaxonomyViews.CountryView;
import org.newsdesk.taxonomy.TaxonomyViews.Links;
import org.newsdesk.taxonomy.TaxonomyViews.RegionList;
import org.newsdesk.taxonomy.TaxonomyViews.RegionView;
import org.newsdesk.taxonomy.TaxonomyViews.TopicList;
import org.newsdesk.taxonomy.TaxonomyViews.TopicView;

/** Topics, regions and countries with their counts of published items. */
@ApplicationScoped
public class TaxonomyService {

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{2}");

    private final TopicRepository topics;
    private final RegionRepository regions;
    private final CountryRepository countries;
    private final ServiceClock clock;

    public TaxonomyService(TopicRepository topics, RegionRepository regions, CountryRepository countries,
            ServiceClock clock) {
        this.topics = topics;
        this.regions = regions;
        this.countries = countries;
        this.clock = clock;
    }

    /** Every entry of the kind, named in {@code language}, as GET /api/v1/topics or /api/v1/regions answers. */
    Object entries(TermKind kind, ReadSession session, ApiLinks links, String language) {
        return kind == TermKind.TOPIC ? new TopicList(topics(session, links, language))
                : new RegionList(regions(session, links, language));
    }

    /** One entry of the kind, as GET /api/v1/topics/{slug} or /api/v1/regions/{slug} answers. */
    Object entry(TermKind kind, ReadSession session, String slug, ApiLinks links, String language) {
        return kind == TermKind.TOPIC ? topic(session, slug, links, language) : region(session, slug, links, language);
    }

    public List<TopicView> topics(ReadSession session, ApiLinks links, String language) {
        return topics.withCounts(session, null, clock.today()).stream().map(row -> topicView(row, links, language))
                .toList();
    }

    public TopicView topic(ReadSession session, String slug, ApiLinks links, String language) {
        return lookup(Slugs.isSlug(slug), () -> topics.withCounts(session, slug, clock.today())).stream().findFirst()
                .map(row -> topicView(row, links, language))
                .orElseThrow(() -> new ResourceNotFoundException("No topic with slug '" + slug + "'."));
    }

    public List<RegionView> regions(ReadSession session, ApiLinks links, String language) {
        return regions.withCounts(session, null, clock.today()).stream().map(row -> regionView(row, links, language))
                .toList();
    }

    public RegionView region(ReadSession session, String slug, ApiLinks links, String language) {
        return lookup(Slugs.isSlug(slug), () -> regions.withCounts(session, slug, clock.today())).stream().findFirst()
                .map(row -> regionView(row, links, language))
                .orElseThrow(() -> new ResourceNotFoundException("No region with slug '" + slug + "'."));
    }

    public List<CountryView> countries(ReadSession session, boolean includeEmpty, ApiLinks links, String language) {
        return countries.withCounts(session, null, includeEmpty, clock.today()).stream()
                .map(row -> countryView(row, links, language)).toList();
    }

    /** The country with this code, in any case. */
    public CountryView country(ReadSession session, String code, ApiLinks links, String language) {
        String upper = code.toUpperCase(Locale.ROOT);
        return lookup(ISO_CODE.matcher(upper).matches(), () -> countries.withCounts(session, upper, true, clock.today())).stream().findFirst()
                .map(row -> countryView(row, links, language))
                .orElseThrow(() -> new ResourceNotFoundException("No country with ISO 3166-1 alpha-2 code '" + code + "'."));
    }

    /** Values that cannot name an entry (say, with a NUL byte) are not sent to the database at all. */
    private static <T> List<T> lookup(boolean wellFormed, Supplier<List<T>> query) {
        return wellFormed ? query.get() : List.of();
    }

    private static TopicView topicView(TaxonomyCount row, ApiLinks links, String language) {
        LocalName name = LocalName.of(row.name(), row.names(), language);
        return new TopicView(row.slug(), name.name(), name.language(), row.names(), row.count(),
                links("topics", "topic", row.slug(), links));
    }

    private static RegionView regionView(TaxonomyCount row, ApiLinks links, String language) {
        LocalName name = LocalName.of(row.name(), row.names(), language);
        return new RegionView(row.slug(), name.name(), name.language(), row.names(), row.count(),
                links("regions", "region", row.slug(), links));
    }

    private static CountryView countryView(CountryRepository.CountryCount row, ApiLinks links, String language) {
        RegionRef region = row.regionSlug() == null ? null
                : new RegionRef(row.regionSlug(), LocalName.of(row.regionName(), row.regionNames(), language).name());
        LocalName name = LocalName.country(row.code(), row.name(), language);
        return new CountryView(row.code(), name.name(), name.language(), region, row.count(),
                links("countries", "country", row.code(), links));
    }

    private static Links links(String collection, String parameter, String key, ApiLinks links) {
        return new Links(links.resource(collection, key), links.newsFilteredBy(parameter, key));
    }
}
