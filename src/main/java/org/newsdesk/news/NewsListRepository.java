package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.news.NewsViews.Highlight;
import org.newsdesk.platform.db.NamedStatement;
import org.newsdesk.platform.db.ReadSession;

/**
 * A page of a news list in one statement: the capped count, the page's rows (no bodies) after the cursor or
 * from the offset, each row's tag keys and, for a search, its highlights. One round trip and no Hibernate query per
 * list request: on a cheap list the service spent more CPU running three statements than PostgreSQL spent on
 * them (docs/performance.md).
 */
@ApplicationScoped
public class NewsListRepository {

    /** What a list row holds: everything but the body and the vectors, and the tag arrays. */
    private static final String LIST_COLUMNS = "n.id, n.slug, n.title, n.summary, n.published_on, n.type, n.image_url, "
            + "n.image_alt, n.image_credit, n.updated_at, n.status, n.topic_ids, n.country_codes, n.region_ids";

    /** Marks ts_headline puts around matches; private-use characters, removed from the text beforehand. */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';
    private static final String MARKS = "StartSel=" + MARK_START + ", StopSel=" + MARK_END;

    /** The page's rows with their tags and highlights, and the matches counted up to {@code cap}. */
    public record ListRead(long counted, List<ListedItem> items) {
    }

    /** A news item as listed: everything but the body, with its tier when sorted by relevance. */
    public record NewsRow(long id, String slug, String title, String summary, LocalDate publishedOn, NewsType type,
            String imageUrl, String imageAlt, String imageCredit, Instant updatedAt, Float rank, NewsStatus status) {
    }

    /** One listed item with the keys of its tags (names come from the taxonomy); {@code highlight} only for a search. */
    public record ListedItem(NewsRow row, TagKeys tags, Highlight highlight) {
    }

    /** An item's tags as its row holds them: topic ids, country codes, region ids. */
    public record TagKeys(List<Long> topicIds, List<String> countryCodes, List<Long> regionIds) {
    }

    /**
     * Up to {@code limit} rows in the paging's order (page numbers only reach {@link Paging#MAX_OFFSET}, so
     * OFFSET stays shallow), and the matches counted up to {@code cap}: the cost stays bounded however many
     * match. Tags are the rows' tag arrays, which the schema keeps in step with the link tables.
     */
    public ListRead read(ReadSession session, NewsFilter filter, Paging paging, int limit, int cap) {
        Map<String, Object> values = new HashMap<>();
        String page = paging.sort() == Paging.Sort.RELEVANCE ? byRelevance(filter, paging, limit, values)
                : byDate(filter, paging, values);
        String count = countUpTo(filter, values);
        boolean search = filter.query() != null;
        if (search) {
            values.put("marks", "" + MARK_START + MARK_END);
            values.put("whole", "HighlightAll=true, " + MARKS);
            values.put("excerpt", "MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \", " + MARKS);
        }
        values.put("cap", cap);
        values.put("limit", limit);
        values.put("offset", paging.offset());
        String sql = """
                WITH page AS (%s)
                SELECT (%s) AS counted, n.*%s
                FROM %s LEFT JOIN page n ON true
                ORDER BY %s""".formatted(page, count, search ? HIGHLIGHTS : "",
                search ? "websearch_to_tsquery('english', :q) query" : "(VALUES (1)) one",
                paging.sort() == Paging.Sort.RELEVANCE ? NewsSql.BY_RELEVANCE : NewsSql.orderBy(paging.sort()));
        return NamedStatement.of(sql).query(session, values, rows -> read(rows, search));
    }

    /** Title and summary marked whole, and an excerpt of the body; run on the page's rows only, as it is costly. */
    private static final String HIGHLIGHTS = """
            ,
                   ts_headline('english', translate(n.title, :marks, ''), query, :whole) AS marked_title,
                   ts_headline('english', translate(n.summary, :marks, ''), query, :whole) AS marked_summary,
                   (SELECT ts_headline('english', translate(b.body, :marks, ''), query, :excerpt)
                    FROM news_item b WHERE b.id = n.id) AS marked_body""";

    private static String byDate(NewsFilter filter, Paging paging, Map<String, Object> values) {
        NewsSql sql = NewsSql.of(filter, paging.after());
        values.putAll(sql.parameters());
        return """
                SELECT %s, CAST(NULL AS real) AS rank
                FROM news_item n %s
                ORDER BY %s
                LIMIT :limit OFFSET :offset""".formatted(LIST_COLUMNS, sql.where(), NewsSql.orderBy(paging.sort()));
    }

    /**
     * A relevance page: each tier's first rows newest first (as many as the page can take from it), then
     * merged best tier first. No statement ranks more rows than one page needs, however many match.
     */
    private static String byRelevance(NewsFilter filter, Paging paging, int limit, Map<String, Object> values) {
        List<String> tiers = new ArrayList<>();
        for (NewsSql.Tier tier : NewsSql.tiersFrom(paging.after())) {
            NewsSql sql = NewsSql.ofTier(filter, tier, paging.after());
            values.putAll(sql.parameters());
            tiers.add("""
                    (SELECT %s, CAST(%d AS real) AS rank
                     FROM news_item n %s
                     ORDER BY n.published_on DESC, n.id DESC
                     LIMIT :tierLimit)""".formatted(LIST_COLUMNS, tier.rank, sql.where()));
        }
        values.put("tierLimit", limit + paging.offset());
        return "SELECT * FROM (" + String.join(" UNION ALL ", tiers) + ") ranked ORDER BY " + NewsSql.BY_RELEVANCE
                + " LIMIT :limit OFFSET :offset";
    }

    /**
     * The count, stopped at :cap. The public list, whole or narrowed by one tag or type, is counted from the counts
     * the database maintains (NewsFacetRepository); a search whose matches in titles and summaries alone reach the
     * cap is counted there, without reading the bodies' search vectors (stored out of line); any other filter over
     * the matching rows, which the cap keeps bounded however many match.
     */
    private static String countUpTo(NewsFilter filter, Map<String, Object> values) {
        NewsSql sql = NewsSql.of(filter);
        values.putAll(sql.parameters());
        Optional<String> maintained = NewsFacetRepository.countUpTo(filter, values);
        if (maintained.isPresent()) {
            return maintained.get();
        }
        String count = "SELECT count(*) FROM (SELECT 1 FROM news_item n %s LIMIT :cap) matching";
        Optional<NewsSql> shallow = NewsSql.inTitlesOrSummaries(filter);
        return shallow.map(titles -> "SELECT CASE WHEN (" + count.formatted(titles.where()) + ") >= :cap "
                + "THEN :cap ELSE (" + count.formatted(sql.where()) + ") END").orElse(count.formatted(sql.where()));
    }

    private static ListRead read(ResultSet rows, boolean search) throws SQLException {
        long counted = 0;
        List<ListedItem> items = new ArrayList<>();
        while (rows.next()) {
            counted = rows.getLong("counted");
            long id = rows.getLong("id");
            if (rows.wasNull()) {
                continue; // the one row of an empty page: only its count
            }
            float rank = rows.getFloat("rank");
            Float tier = rows.wasNull() ? null : rank;
            NewsRow row = new NewsRow(id, rows.getString("slug"), rows.getString("title"), rows.getString("summary"),
                    rows.getObject("published_on", LocalDate.class),
                    NewsType.fromValue(rows.getString("type")).orElseThrow(), rows.getString("image_url"),
                    rows.getString("image_alt"), rows.getString("image_credit"),
                    rows.getObject("updated_at", OffsetDateTime.class).toInstant(), tier,
                    NewsStatus.fromValue(rows.getString("status")).orElseThrow());
            TagKeys tags = new TagKeys(List.of((Long[]) rows.getArray("topic_ids").getArray()),
                    List.of((String[]) rows.getArray("country_codes").getArray()),
                    List.of((Long[]) rows.getArray("region_ids").getArray()));
            Highlight highlight = search ? new Highlight(rows.getString("marked_title"),
                    rows.getString("marked_summary"), rows.getString("marked_body")) : null;
            items.add(new ListedItem(row, tags, highlight));
        }
        return new ListRead(counted, items);
    }
}
