package org.newsdesk.news;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.news.NewsViews.Highlight;
import org.newsdesk.news.NewsViews.MonthCount;
import org.newsdesk.news.api.Visibility;
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

    /** What a list row holds: everything but the body and the vectors. */
    private static final String LIST_COLUMNS = "n.id, n.slug, n.title, n.summary, n.published_on, n.type, n.image_url, "
            + "n.image_alt, n.image_credit, n.updated_at";

    /** Marks ts_headline puts around matches; private-use characters, removed from the text beforehand. */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';

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

    /** The item with this slug if the public may see it: published, and its day has come. */
    public Optional<NewsItem> findPublic(ReadSession session, String slug, LocalDate today) {
        return session.em()
                .createQuery("FROM NewsItem WHERE slug = :slug AND status = :status AND publishedOn <= :today",
                        NewsItem.class)
                .setParameter("slug", slug).setParameter("status", NewsStatus.PUBLISHED).setParameter("today", today)
                .getResultStream().findFirst();
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
     * Matching items, counted up to {@code cap}: the cost stays bounded however many match. A search whose
     * matches in titles and summaries alone reach the cap is counted there, without reading the bodies' search
     * vectors (stored out of line); otherwise, in the same statement, over the whole text.
     */
    public long countUpTo(ReadSession session, NewsFilter filter, int cap) {
        NewsSql sql = NewsSql.of(filter);
        String count = "SELECT count(*) FROM (SELECT 1 FROM news_item n %s LIMIT :cap) matching";
        Optional<NewsSql> shallow = NewsSql.inTitlesOrSummaries(filter);
        String statement = shallow.map(titles -> "SELECT CASE WHEN (" + count.formatted(titles.where()) + ") >= :cap "
                + "THEN :cap ELSE (" + count.formatted(sql.where()) + ") END").orElse(count.formatted(sql.where()));
        return ((Number) query(session, statement, sql).setParameter("cap", cap).getSingleResult()).longValue();
    }

    /**
     * Up to {@code limit} list rows (no bodies) in the paging's order, after its cursor or from its
     * offset. Page numbers only reach {@link Paging#MAX_OFFSET}, so OFFSET stays shallow.
     */
    @SuppressWarnings("unchecked")
    public List<NewsRow> page(ReadSession session, NewsFilter filter, Paging paging, int limit) {
        if (paging.sort() == Paging.Sort.RELEVANCE) {
            return byRelevance(session, filter, paging, limit);
        }
        NewsSql sql = NewsSql.of(filter, paging.after());
        List<Object[]> rows = query(session, """
                SELECT %s, CAST(NULL AS real) AS rank, n.status
                FROM news_item n %s
                ORDER BY %s
                LIMIT :limit OFFSET :offset""".formatted(LIST_COLUMNS, sql.where(), NewsSql.orderBy(paging.sort())), sql)
                .setParameter("limit", limit)
                .setParameter("offset", paging.offset())
                .getResultList();
        return rows.stream().map(NewsRow::of).toList();
    }

    /**
     * A relevance page: each tier's first rows newest first (as many as the page can take from it), then
     * merged best tier first. No statement ranks more rows than one page needs, however many match.
     */
    @SuppressWarnings("unchecked")
    private List<NewsRow> byRelevance(ReadSession session, NewsFilter filter, Paging paging, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        List<String> tiers = new ArrayList<>();
        for (NewsSql.Tier tier : NewsSql.tiersFrom(paging.after())) {
            NewsSql sql = NewsSql.ofTier(filter, tier, paging.after());
            parameters.putAll(sql.parameters());
            tiers.add("""
                    (SELECT %s, CAST(%d AS real) AS rank, n.status
                     FROM news_item n %s
                     ORDER BY n.published_on DESC, n.id DESC
                     LIMIT :tierLimit)""".formatted(LIST_COLUMNS, tier.rank, sql.where()));
        }
        Query query = session.em().createNativeQuery("SELECT * FROM (" + String.join(" UNION ALL ", tiers)
                + ") ranked ORDER BY " + NewsSql.BY_RELEVANCE + " LIMIT :limit OFFSET :offset");
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setParameter("tierLimit", limit + paging.offset())
                .setParameter("limit", limit)
                .setParameter("offset", paging.offset())
                .getResultList();
        return rows.stream().map(NewsRow::of).toList();
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

    /**
     * Topics, countries and regions of these items in one query (each branch is unique by its keys). An item's regions come from its
     * region_ids, which the schema keeps as the regions tagged on it and those of its countries.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Tags> tagsOf(ReadSession session, Collection<Long> ids) {
        Map<Long, Tags> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        List<Object[]> rows = session.em().createNativeQuery("""
                SELECT nt.news_id, 'topic' AS kind, t.slug AS key, t.name
                FROM news_topic nt JOIN topic t ON t.id = nt.topic_id WHERE nt.news_id IN (:ids)
                UNION ALL
                SELECT nc.news_id, 'country', c.code, c.name
                FROM news_country nc JOIN country c ON c.code = nc.country_code WHERE nc.news_id IN (:ids)
                UNION ALL
                SELECT n.id, 'region', r.slug, r.name
                FROM news_item n JOIN region r ON r.id = ANY (n.region_ids) WHERE n.id IN (:ids)
                ORDER BY 1, 2, 4""").setParameter("ids", ids).getResultList();
        for (Object[] row : rows) {
            Tags item = tags.computeIfAbsent(((Number) row[0]).longValue(), id -> new Tags());
            String key = (String) row[2];
            String name = (String) row[3];
            switch ((String) row[1]) {
                case "topic" -> item.topics.add(new TopicRef(key, name));
                case "country" -> item.countries.add(new CountryRef(key, name));
                default -> item.regions.add(new RegionRef(key, name));
            }
        }
        return tags;
    }

    /**
     * Title, summary and a body excerpt of these items with the words matching {@code query} between
     * {@link #MARK_START} and {@link #MARK_END}; run for one page only, as ts_headline is costly.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, Highlight> highlightsOf(ReadSession session, Collection<Long> ids, String query) {
        Map<Long, Highlight> highlights = new HashMap<>();
        if (ids.isEmpty()) {
            return highlights;
        }
        String marks = "StartSel=" + MARK_START + ", StopSel=" + MARK_END;
        List<Object[]> rows = session.em().createNativeQuery("""
                SELECT n.id,
                       ts_headline('english', translate(n.title, :marks, ''), q, :whole),
                       ts_headline('english', translate(n.summary, :marks, ''), q, :whole),
                       CASE WHEN n.body IS NULL THEN NULL
                            ELSE ts_headline('english', translate(n.body, :marks, ''), q, :excerpt) END
                FROM news_item n, websearch_to_tsquery('english', :q) q
                WHERE n.id IN (:ids)""")
                .setParameter("ids", ids)
                .setParameter("q", query)
                .setParameter("marks", "" + MARK_START + MARK_END)
                .setParameter("whole", "HighlightAll=true, " + marks)
                .setParameter("excerpt", "MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \", " + marks)
                .getResultList();
        for (Object[] row : rows) {
            highlights.put(((Number) row[0]).longValue(), new Highlight((String) row[1], (String) row[2], (String) row[3]));
        }
        return highlights;
    }

    Query query(ReadSession session, String sql, NewsSql filter) {
        Query query = session.em().createNativeQuery(sql);
        filter.parameters().forEach(query::setParameter);
        return query;
    }

    /** A news item as listed: everything but the body, with its rank when sorted by relevance. */
    public record NewsRow(long id, String slug, String title, String summary, LocalDate publishedOn, NewsType type,
            String imageUrl, String imageAlt, String imageCredit, Instant updatedAt, Float rank, NewsStatus status) {

        static NewsRow of(Object[] row) {
            return new NewsRow(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                    (LocalDate) row[4], NewsType.fromValue((String) row[5]).orElseThrow(),
                    (String) row[6], (String) row[7], (String) row[8], instant(row[9]),
                    row[10] == null ? null : ((Number) row[10]).floatValue(),
                    NewsStatus.fromValue((String) row[11]).orElseThrow());
        }

        private static Instant instant(Object value) {
            return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
        }
    }

    /** The tags of one item, each list ordered by name. */
    public static final class Tags {
        public final List<TopicRef> topics = new ArrayList<>();
        public final List<CountryRef> countries = new ArrayList<>();
        public final List<RegionRef> regions = new ArrayList<>();
    }
}
