package org.newsdesk.taxonomy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.newsdesk.platform.db.ContentVersion;
import org.newsdesk.platform.db.PerContentVersion;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.problem.Problem.Violation;
import org.newsdesk.platform.text.Slugs;

/**
 * What other features may ask of the taxonomy: the entries that slugs and codes name (or which of them do not
 * exist), their ids and their names. Readers and writers of news use this, never the repositories behind it.
 */
@ApplicationScoped
public class Vocabulary {

    /** The entries of an item's tags. */
    public record Tags(Set<Topic> topics, Set<Country> countries, Set<Region> regions) {
    }

    private final TopicRepository topics;
    private final CountryRepository countries;
    private final RegionRepository regions;
    private final TagDirectoryRepository directories;
    private final PerContentVersion<TagDirectory> directory;

    public Vocabulary(TopicRepository topics, CountryRepository countries, RegionRepository regions,
            TagDirectoryRepository directories, ContentVersion contentVersion) {
        this.topics = topics;
        this.countries = countries;
        this.regions = regions;
        this.directories = directories;
        this.directory = new PerContentVersion<>(contentVersion);
    }

    /**
     * Every entry and its name, read once per content version (every change of the taxonomy bumps it) and kept in
     * memory: reads of news name their tags and resolve their filters' slugs without a statement of their own.
     * While the version is unknown (its listener reconnecting) each call reads the directory anew.
     */
    public TagDirectory directory(ReadSession session) {
        return directory.get(() -> directories.read(session));
    }

    /**
     * The directory read now on this session: for rows that name an entry the kept directory lacks (read on a
     * replica that has replayed a change this instance has not heard of yet).
     */
    public TagDirectory directoryAfresh(ReadSession session) {
        return directory.refresh(() -> directories.read(session));
    }

    /**
     * The entries an item's tags name, slugs in any case and codes in any case; each that does not exist is
     * added to {@code unknown} under its field (topics, countries, regions). Values that cannot be a slug or a
     * code are left to the body's own rules; a slug longer than any stored one is reported unknown, not dropped.
     */
    public Tags tags(ReadSession session, List<String> topicSlugs, List<String> countryCodes, List<String> regionSlugs,
            List<Violation> unknown) {
        return new Tags(
                resolve("topics", "topic", lower(topicSlugs), found -> topics.bySlugs(session, found),
                        topic -> topic.slug, unknown),
                resolve("countries", "country", upper(countryCodes), found -> countries.byCodes(session, found),
                        country -> country.code, unknown),
                resolve("regions", "region", lower(regionSlugs), found -> regions.bySlugs(session, found),
                        region -> region.slug, unknown));
    }

    /** Slug to id for those of the given topic slugs that exist. */
    public Map<String, Long> topicIds(ReadSession session, Collection<String> slugs) {
        return directory(session).topicIds(slugs);
    }

    /** Slug to id for those of the given region slugs that exist. */
    public Map<String, Long> regionIds(ReadSession session, Collection<String> slugs) {
        return directory(session).regionIds(slugs);
    }

    /** Those of the given upper-case country codes that exist. */
    public Set<String> existingCountryCodes(ReadSession session, Collection<String> codes) {
        return new HashSet<>(directory(session).existingCountryCodes(codes));
    }

    /** The names of these topics in {@code language} (English where one has none), in the order of English names. */
    public List<String> topicNames(ReadSession session, Collection<Long> ids, String language) {
        return directory(session).topics(ids, language).stream().map(TagRefs.TopicRef::name).toList();
    }

    public List<String> countryNames(ReadSession session, Collection<String> codes, String language) {
        return directory(session).countries(codes, language).stream().map(TagRefs.CountryRef::name).toList();
    }

    public List<String> regionNames(ReadSession session, Collection<Long> ids, String language) {
        return directory(session).regions(ids, language).stream().map(TagRefs.RegionRef::name).toList();
    }

    private static <T> Set<T> resolve(String field, String kind, Set<String> wanted,
            Function<Set<String>, List<T>> lookup, Function<T, String> key, List<Violation> unknown) {
        if (wanted.isEmpty()) {
            return new HashSet<>();
        }
        List<T> found = lookup.apply(wanted);
        Set<String> foundKeys = new HashSet<>();
        found.forEach(value -> foundKeys.add(key.apply(value)));
        List<String> missing = wanted.stream().filter(value -> !foundKeys.contains(value)).map(v -> "'" + v + "'")
                .toList();
        if (!missing.isEmpty()) {
            unknown.add(new Violation(field, "unknown " + kind + " " + String.join(", ", missing)));
        }
        return new HashSet<>(found);
    }

    private static Set<String> lower(List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(Objects::nonNull).map(value -> value.toLowerCase(Locale.ROOT))
                    .filter(Slugs::hasSlugShape).forEach(set::add);
        }
        return set;
    }

    private static Set<String> upper(List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(Objects::nonNull).map(value -> value.toUpperCase(Locale.ROOT))
                    .filter(value -> value.matches("[A-Z]{2}")).forEach(set::add);
        }
        return set;
    }
}
