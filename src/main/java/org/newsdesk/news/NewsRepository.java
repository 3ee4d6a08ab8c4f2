package org.newsdesk.news;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.news.NewsViews.MonthCount;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.platform.db.NamedStatement;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.taxonomy.TagRefs.CountryRef;
import org.newsdesk.taxonomy.TagRefs.RegionRef;
import org.newsdesk.taxonomy.TagRefs.TopicRef;

/**
 * News items in SQL: lists are DTO projections, and the tags of a whole page come in one query. Every read
 * runs on the {@link ReadSession} it is given (the replica's for a public read routed there); writes run
 * on the primary, in the caller's transaction.
 */
@ApplicationScoped
public class NewsRepository implements PanacheRepository<NewsItem> {

    /** The item with this slug, whatever its state: for editors. */
    public Optional<NewsItem> findBySlug(ReadSession session, String slug) {
        return session.em().createQuery("FROM NewsItem WHERE slug = :slug", NewsItem.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /** The item with this slug, its row locked until the transaction ends. */
    public Optional<NewsItem> lockedBySlug(String slug) {
        return find("slug", slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The item as the database has it now (its updated_at and revision, set by triggers). */
    public void refresh(NewsItem item) {
        getEntityManager().refresh(item);
    }

    /**
     * The public's item, read in one statement without Hibernate's entity loading (the hottest single read): the
     * slug's unique index decides its plan whatever the slug, so it is planned once per connection.
     */
    private static final NamedStatement PUBLIC_ITEM = NamedStatement.of("""
            SELECT n.id, n.slug, n.title, n.summary, n.body, n.published_on, n.type, n.status, n.language, n.revision,
                   n.translation_group, n.image_url,
                   n.image_alt, n.image_credit, n.created_at, n.updated_at, n.topic_ids, n.country_codes, n.region_ids
            FROM news_item n
            WHERE n.slug = :slug AND n.status = 'published' AND n.published_on <= :today""", NamedStatement.Plan.GENERIC);

    /**
     * The item with this slug if the public may see it: published, and its day has come. A detached copy of the
     * row: nothing of it is written back.
     */
    public Optional<NewsItem> findPublic(ReadSession session, String slug, LocalDate today) {
        return PUBLIC_ITEM.query(session, Map.of("slug", slug, "today", today), rows -> {
            if (!rows.next()) {
                return Optional.empty();
            }
            NewsItem item = new NewsItem();
            item.id = rows.getLong("id");
            item.slug = rows.getString("slug");
            item.title = rows.getString("title");
            item.summary = rows.getString("summary");
            item.body = rows.getString("body");
            item.publishedOn = rows.getObject("published_on", LocalDate.class);
            item.type = NewsType.fromValue(rows.getString("type")).orElseThrow();
            item.status = NewsStatus.fromValue(rows.getString("status")).orElseThrow();
            item.language = rows.getString("language");
            item.revision = rows.getInt("revision");
            item.imageUrl = rows.getString("image_url");
            item.imageAlt = rows.getString("image_alt");
            item.imageCredit = rows.getString("image_credit");
            item.translationGroup = rows.getObject("translation_group", Long.class);
            item.createdAt = rows.getObject("created_at", OffsetDateTime.class).toInstant();
            item.updatedAt = rows.getObject("updated_at", OffsetDateTime.class).toInstant();
            item.topicIds = (Long[]) rows.getArray("topic_ids").getArray();
            item.countryCodes = (String[]) rows.getArray("country_codes").getArray();
            item.regionIds = (Long[]) rows.getArray("region_ids").getArray();
            return Optional.of(item);
        });
    }

    /**
     * The current slug of the item that once had this one; with {@code today}, only if the public may
     * see that item, so that a redirect never reveals an unpublished item.
     */
    public Optional<String> currentSlugOf(ReadSession session, String oldSlug, LocalDate today) {
        Query query = session.em().createNativeQuery("""
                SELECT n.slug FROM news_slug_alias a JOIN news_item n ON n.id = a.news_id
                WHERE a.slug = :slug %s""".formatted(today == null ? ""
                : "AND " + Visibility.PUBLISHED.condition()))
                .setParameter("slug", oldSlug);
        if (today != null) {
            query.setParameter("today", today);
        }
        return query.getResultStream().map(String.class::cast).findFirst();
    }

    /** Public items: their number and the newest publication date (null when there are none). */
    public Publication publication(ReadSession session, LocalDate today) {
        Object[] row = (Object[]) session.em().createNativeQuery(
                "SELECT count(*), max(n.published_on) FROM news_item n WHERE " + Visibility.PUBLISHED.condition())
                .setParameter("today", today)
                .getSingleResult();
        Object newest = row[1] instanceof java.sql.Date date ? date.toLocalDate() : row[1];
        return new Publication(((Number) row[0]).longValue(), (LocalDate) newest);
    }

    /** The public's items in numbers; {@code newest} is null when there are none. */
    public record Publication(long count, LocalDate newest) {
    }

    public boolean existsBySlug(String slug) {
        return count("slug", slug) > 0;
    }

    /**
     * The languages items are written in, whatever their state: each found by one probe of the language index
     * (a skip scan), not by reading every item.
     */
    @SuppressWarnings("unchecked")
    public List<String> languages(ReadSession session) {
        return session.em().createNativeQuery("""
                WITH RECURSIVE found (language) AS (
                    (SELECT language FROM news_item ORDER BY language LIMIT 1)
                    UNION ALL
                    SELECT (SELECT n.language FROM news_item n WHERE n.language > found.language
                            ORDER BY n.language LIMIT 1)
                    FROM found WHERE found.language IS NOT NULL)
                SELECT language FROM found WHERE language IS NOT NULL""").getResultList();
    }

    /** One of an item's translations as its answer lists it. */
    public record TranslationRow(String language, String slug, String title) {
    }

    /**
     * The other items of {@code item}'s translation group, by language; with {@code today}, only those the public
     * may see. None, without a statement, for an item in no group.
     */
    @SuppressWarnings("unchecked")
    public List<TranslationRow> translations(ReadSession session, NewsItem item, LocalDate today) {
        if (item.translationGroup == null) {
            return List.of();
        }
        Query query = session.em().createNativeQuery("""
                SELECT n.language, n.slug, n.title FROM news_item n
                WHERE n.translation_group = :group AND n.id <> :id %s
                ORDER BY n.language""".formatted(today == null ? "" : "AND " + Visibility.PUBLISHED.condition()))
                .setParameter("group", item.translationGroup).setParameter("id", item.id);
        if (today != null) {
            query.setParameter("today", today);
        }
        return ((List<Object[]>) query.getResultList()).stream()
                .map(row -> new TranslationRow((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    /** Months with matching items and their counts, newest first. */
    @SuppressWarnings("unchecked")
    public List<MonthCount> months(ReadSession session, NewsFilter filter) {
        NewsSql sql = NewsSql.of(filter);
        List<Object[]> rows = query(session, """
                SELECT to_char(n.published_on, 'YYYY-MM') AS month, count(*)
                FROM news_item n %s
                GROUP BY month
                ORDER BY month DESC""".formatted(sql.where()), sql).getResultList();
        return rows.stream().map(row -> new MonthCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    private Query query(ReadSession session, String sql, NewsSql filter) {
        Query query = session.em().createNativeQuery(sql);
        filter.parameters().forEach(query::setParameter);
        return query;
    }

    /** The tags of one item, each list ordered by name. */
    public static final class Tags {
        public final List<TopicRef> topics = new ArrayList<>();
        public final List<CountryRef> countries = new ArrayList<>();
        public final List<RegionRef> regions = new ArrayList<>();
    }
}
