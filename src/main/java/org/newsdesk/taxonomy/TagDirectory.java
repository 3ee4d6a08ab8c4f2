package org.newsdesk.taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsdesk.taxonomy.TagRefs.CountryRef;
import org.newsdesk.taxonomy.TagRefs.RegionRef;
import org.newsdesk.taxonomy.TagRefs.TopicRef;

/**
 * Every topic, country and region with its name, as read at one moment: what news lists need to turn an item's
 * tag arrays into names, and a filter's slugs into ids, without a statement of their own. Each entry keeps its
 * place in the database's order of names (then keys), so that lists come out in the order the database sorts
 * them, whatever its collation.
 */
public final class TagDirectory {

    /** An entry, its names in other languages (topics and regions) and its place among the entries of its kind. */
    record Entry<R>(R ref, int place, Map<String, String> names) {

        Entry(R ref, int place) {
            this(ref, place, Map.of());
        }
    }

    private final Map<Long, Entry<TopicRef>> topics;
    private final Map<String, Long> topicIds;
    private final Map<String, Entry<CountryRef>> countries;
    private final Map<Long, Entry<RegionRef>> regions;
    private final Map<String, Long> regionIds;

    TagDirectory(Map<Long, Entry<TopicRef>> topics, Map<String, Entry<CountryRef>> countries,
            Map<Long, Entry<RegionRef>> regions) {
        this.topics = Map.copyOf(topics);
        this.countries = Map.copyOf(countries);
        this.regions = Map.copyOf(regions);
        this.topicIds = ids(topics, TopicRef::slug);
        this.regionIds = ids(regions, RegionRef::slug);
    }

    /** Whether every one of these tags has an entry; not when one is newer than this directory. */
    public boolean knows(Collection<Long> topicIds, Collection<String> countryCodes, Collection<Long> regionIds) {
        return topics.keySet().containsAll(topicIds) && countries.keySet().containsAll(countryCodes)
                && regions.keySet().containsAll(regionIds);
    }

    /**
     * The topics with these ids, named in {@code language} where they have a name in it, in the order of their
     * English names; an id without an entry is left out.
     */
    public List<TopicRef> topics(Collection<Long> ids, String language) {
        return inOrder(ids, topics, entry -> new TopicRef(entry.ref().slug(),
                LocalName.of(entry.ref().name(), entry.names(), language).name()));
    }

    /** Countries named from the JDK's locale data in languages other than English. */
    public List<CountryRef> countries(Collection<String> codes, String language) {
        return inOrder(codes, countries, entry -> new CountryRef(entry.ref().code(),
                LocalName.country(entry.ref().code(), entry.ref().name(), language).name()));
    }

    public List<RegionRef> regions(Collection<Long> ids, String language) {
        return inOrder(ids, regions, entry -> new RegionRef(entry.ref().slug(),
                LocalName.of(entry.ref().name(), entry.names(), language).name()));
    }

    /** Slug to id for those of these topic slugs that exist. */
    public Map<String, Long> topicIds(Collection<String> slugs) {
        return existing(slugs, topicIds);
    }

    public Map<String, Long> regionIds(Collection<String> slugs) {
        return existing(slugs, regionIds);
    }

    /** Those of these upper-case country codes that exist. */
    public List<String> existingCountryCodes(Collection<String> codes) {
        return codes.stream().filter(countries::containsKey).toList();
    }

    private static <K, R> List<R> inOrder(Collection<K> keys, Map<K, Entry<R>> entries, Function<Entry<R>, R> named) {
        List<Entry<R>> found = new ArrayList<>(keys.size());
        for (K key : keys) {
            Entry<R> entry = entries.get(key);
            if (entry != null) {
                found.add(entry);
            }
        }
        found.sort(Comparator.comparingInt(Entry::place));
        return found.stream().map(named).toList();
    }

    private static Map<String, Long> existing(Collection<String> slugs, Map<String, Long> ids) {
        return slugs.stream().filter(ids::containsKey).distinct()
                .collect(Collectors.toMap(slug -> slug, ids::get));
    }

    private static <R> Map<String, Long> ids(Map<Long, Entry<R>> entries, Function<R, String> slug) {
        return entries.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> Objects.requireNonNull(slug.apply(entry.getValue().ref())), Map.Entry::getKey));
    }
}
