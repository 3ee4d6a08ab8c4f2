package org.newsdesk.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newsdesk.news.NewsItem;
import org.newsdesk.news.NewsStatus;
import org.newsdesk.news.NewsType;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.db.ReadSessions;
import org.newsdesk.platform.problem.Problem.Violation;
import org.newsdesk.taxonomy.Vocabulary;

/** Applies what an editor wrote to a stored item: slug rules, sanitised body, tags that must exist. */
@ApplicationScoped
class NewsWriter {

    /** Its reads happen inside its writes' transactions, on the primary. */
    private final ReadSession primary;

    private final SlugRepository slugs;
    private final Vocabulary vocabulary;

    NewsWriter(SlugRepository slugs, Vocabulary vocabulary, ReadSessions sessions) {
        this.primary = sessions.primary();
        this.slugs = slugs;
        this.vocabulary = vocabulary;
    }

    /** The entries the item's tags name; each topic, country or region that does not exist is added to {@code unknown}. */
    Vocabulary.Tags tags(NewsWrite write, List<Violation> unknown) {
        return vocabulary.tags(primary, write.topics(), write.countries(), write.regions(), unknown);
    }

    /** The checked write onto the item, with the tags looked up when it was checked, in this transaction. */
    void apply(NewsItem item, CheckedWrite checked) {
        NewsWrite write = checked.write();
        Vocabulary.Tags tags = checked.tags();
        String slug = slug(item, write);
        if (item.slug != null && !item.slug.equals(slug)) {
            slugs.moved(item.id, item.slug, slug);
        }
        item.slug = slug;
        item.title = write.title().strip();
        item.summary = write.summary().strip();
        item.body = NewsBodySanitizer.sanitize(write.body());
        item.publishedOn = write.publishedOn();
        item.type = write.type() == null ? NewsType.NEWS : write.type();
        item.status = write.status() == null ? NewsStatus.DRAFT : write.status();
        item.language = write.language() == null ? NewsItem.DEFAULT_LANGUAGE
                : write.language().toLowerCase(Locale.ROOT);
        NewsWrite.ImageWrite image = write.image();
        item.imageUrl = image == null ? null : blankToNull(image.url());
        item.imageAlt = image == null ? null : blankToNull(image.alt());
        item.imageCredit = image == null ? null : blankToNull(image.credit());
        // Replace the sets only when they differ, so that an unchanged item stays unchanged.
        if (!tags.topics().equals(item.topics)) {
            item.topics = tags.topics();
        }
        if (!tags.countries().equals(item.countries)) {
            item.countries = tags.countries();
        }
        if (!tags.regions().equals(item.regions)) {
            item.regions = tags.regions();
        }
    }

    /**
     * An editor's slug wins. Otherwise a new item, or a draft whose title changed, gets one made from the
     * title; an item that has left draft keeps its slug, so published links stay put.
     */
    private String slug(NewsItem item, NewsWrite write) {
        if (write.slug() != null) {
            if (!write.slug().equals(item.slug)) {
                slugs.claim(write.slug(), item.id);
            }
            return write.slug();
        }
        boolean followsTitle = item.slug == null
                || item.status == NewsStatus.DRAFT && !write.title().strip().equals(item.title);
        return followsTitle ? slugs.freeFromTitle(write.title(), item.id) : item.slug;
    }

    /** The item as an editor would write it: what revisions keep and PATCH merges into. */
    static NewsWrite asWritten(NewsItem item) {
        NewsWrite.ImageWrite image = item.imageUrl == null && item.imageAlt == null && item.imageCredit == null
                ? null : new NewsWrite.ImageWrite(item.imageUrl, item.imageAlt, item.imageCredit);
        return new NewsWrite(item.slug, item.title, item.summary, item.body, item.publishedOn, item.type, item.status,
                item.language, image,
                item.topics.stream().map(topic -> topic.slug).sorted().toList(),
                item.countries.stream().map(country -> country.code).sorted().toList(),
                item.regions.stream().map(region -> region.slug).sorted().toList());
    }

    /** Names of the fields that differ; every field set when there was nothing before. */
    static List<String> changed(NewsWrite before, NewsWrite after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : NewsWrite.class.getRecordComponents()) {
            Object old = before == null ? null : value(component, before);
            Object now = value(component, after);
            boolean empty = now == null || now instanceof Collection<?> values && values.isEmpty();
            if (before == null ? !empty : !Objects.equals(old, now)) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object value(RecordComponent component, NewsWrite write) {
        try {
            return component.getAccessor().invoke(write);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
