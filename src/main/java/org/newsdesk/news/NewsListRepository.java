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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsdesk.platform.db.NamedStatement;
import org.newsdesk.platform.db.ReadSession;

/**
 * A page of a news list in one statement: the capped count, the page's rows (no bodies) after the cursor or
 * from the offset, each row's tag keys and, for a search, its body to highlight. One round trip and no Hibernate query per
 * list request: on a cheap list the service spent more CPU running three statements than PostgreSQL spent on
 * them (docs/performance.md). A search takes a second, before the page: its matches counted, from which
 * {@link SearchPlan} chooses how the page is read.
 */
@ApplicationScoped
public class NewsListRepository {

    /** What a list row holds: everything but the body and the vectors, and the tag arrays. */
    private static final String LIST_COLUMNS = "n.id, n.slug, n.title, n.summary, n.published_on, n.type, n.image_url, "
            + "n.image_alt, n.image_credit, n.updated_at, n.status, n.language, n.topic_ids, n.country_codes, "
            + "n.region_ids";

    /** The page's rows with their tags, and the matches counted up to {@code cap}. */
    public record ListRead(long counted, List<ListedItem> items) {
    }

    /** A news item as listed: everything but the body, with its tier when sorted by relevance. */
    public record NewsRow(long id, String slug, String title, String summary, LocalDate publishedOn, NewsType type,
            String imageUrl, String imageAlt, String imageCredit, Instant updatedAt, Float rank, NewsStatus status,
            String language) {
    }

    /**
     * One listed item with the keys of its tags (names come from the taxonomy); for a search only, its body and the
     * query as PostgreSQL parsed it in the item's language (a tsquery's text), from which {@link Highlighter} marks it.
     */
    public record ListedItem(NewsRow row, TagKeys tags, String body, String parsedQuery) {
    }

    /** An item's tags as its row holds them: topic ids, country codes, region ids. */
    public record TagKeys(List<Long> topicIds, List<String> countryCodes, List<Long> regionIds) {
    }

    /**
     * Up to {@code limit} rows of a list without a search in the paging's order (page numbers only reach
     * {@link Paging#MAX_OFFSET}, so OFFSET stays shallow), and the matches counted up to {@code cap}: the cost
     * stays bounded however many match. Tags are the rows' tag arrays, which the schema keeps in step with the
     * link tables.
     */
    public ListRead read(ReadSession session, NewsFilter filter, Paging paging, int limit, int cap,
            Optional<TagShares.TagReading> tagReading) {
        if (filter.query() != null) {
            throw new IllegalArgumentException("a search is counted first and read by search()");
        }
        Map<String, Object> values = new HashMap<>();
        String page = byDate(filter, paging, values, tagReading.orElse(null));
        values.put("cap", cap);
        // Dates alone, or a tag read the way chosen for it (TagShares): one plan fits every value. Otherwise the
        // values decide it.
        NamedStatement.Plan plan = filter.datesAtMost() || tagReading.isPresent() ? NamedStatement.Plan.GENERIC
                : NamedStatement.Plan.CUSTOM;
        return page(session, page, countUpTo(filter, values), false, plan, paging, limit, values);
    }

    /**
     * A search's matches in titles or summaries counted up to {@code cap}. Below it, every match is read by its sort
     * keys, up to the cap (the titles' count is theirs); at it, the titles only up to {@code rowsNeeded} (enough to
     * know whether they fill the page) and the whole text not at all (its search vector is stored out of line). What
     * {@link SearchPlan} chooses the page's reading from.
     */
    SearchPlan.Matches countMatches(ReadSession session, NewsFilter filter, long rowsNeeded, int cap) {
        NewsSql titles = NewsSql.inTitles(filter);
        NewsSql titlesOrSummaries = NewsSql.inTitlesOrSummaries(filter);
        NewsSql all = NewsSql.of(filter);
        Map<String, Object> values = new HashMap<>();
        List.of(titles, titlesOrSummaries, all).forEach(sql -> values.putAll(sql.parameters()));
        values.put("cap", cap);
        values.put("needed", rowsNeeded);
        // OFFSET 0 takes the summaries' count once; a subquery in a branch of CASE runs only when the branch does.
        // Each match as "id tier day micros" (days and microseconds since 1970): numbers, whatever the session's style.
        // The query is parsed once per language, in FROM, and not again for every match.
        Set<SearchLanguage> languages = filter.searchLanguages();
        Function<SearchLanguage, String> parsed = language -> "q_" + language.configuration;
        String sql = """
                SELECT c.summaries,
                       CASE WHEN c.summaries >= :cap THEN (%s) END AS titles,
                       CASE WHEN c.summaries < :cap THEN (
                           SELECT string_agg(concat_ws(' ', k.id, CASE WHEN %s THEN 2 WHEN %s THEN 1 ELSE 0 END,
                                   k.published_on - DATE '1970-01-01',
                                   CAST(extract(epoch FROM k.updated_at) * 1000000 AS bigint)), ',')
                           FROM (SELECT n.id, n.language, n.title_vector, n.rank_vector, n.published_on, n.updated_at
                                 FROM news_item n %s LIMIT :cap) k%s) END AS matches
                FROM (SELECT (%s) AS summaries OFFSET 0) c""".formatted(count(titles, ":needed"),
                NewsSql.matches("k", "title_vector", languages, parsed),
                NewsSql.matches("k", "rank_vector", languages, parsed), all.where(),
                languages.stream().sorted().map(language -> " CROSS JOIN " + language.tsQuery() + " AS "
                        + parsed.apply(language)).collect(Collectors.joining()),
                count(titlesOrSummaries, ":cap"));
        // A phrase's count is planned for its words (a generic plan made it slower); words alone are planned once.
        NamedStatement.Plan plan = filter.query().contains("\"") ? NamedStatement.Plan.CUSTOM
                : NamedStatement.Plan.GENERIC;
        return NamedStatement.of(sql, plan).query(session, values, rows -> {
            rows.next();
            long summaries = rows.getLong("summaries");
            if (summaries >= cap) {
                return new SearchPlan.Matches(new SearchPlan.Count(rows.getLong("titles"), rowsNeeded),
                        new SearchPlan.Count(summaries, cap), new SearchPlan.Count(cap, cap), null);
            }
            List<KnownMatches.Match> matches = matches(rows.getString("matches"));
            if (matches.size() >= cap) { // cut at the cap: which of them are titles is not known
                return new SearchPlan.Matches(SearchPlan.Count.NOT_COUNTED, new SearchPlan.Count(summaries, cap),
                        new SearchPlan.Count(cap, cap), null);
            }
            long inTitles = matches.stream().filter(match -> match.tier() == NewsSql.Tier.TITLE.rank).count();
            return new SearchPlan.Matches(new SearchPlan.Count(inTitles, cap), new SearchPlan.Count(summaries, cap),
                    new SearchPlan.Count(matches.size(), cap), new KnownMatches(matches));
        });
    }

    private static List<KnownMatches.Match> matches(String text) {
        if (text == null) {
            return List.of();
        }
        List<KnownMatches.Match> matches = new ArrayList<>();
        for (String match : text.split(",")) {
            String[] keys = match.split(" ");
            long micros = Long.parseLong(keys[3]);
            matches.add(new KnownMatches.Match(Long.parseLong(keys[0]), Integer.parseInt(keys[1]),
                    LocalDate.ofEpochDay(Long.parseLong(keys[2])),
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000)));
        }
        return matches;
    }

    /** The rows matching {@code sql}, counted up to {@code upTo} (a parameter): bounded however many match. */
    private static String count(NewsSql sql, String upTo) {
        return "SELECT count(*) FROM (SELECT 1 FROM news_item n %s LIMIT %s) matching".formatted(sql.where(), upTo);
    }

    /** Up to {@code limit} rows of a search read as {@code plan} says, with their bodies and the parsed query. */
    ListRead search(ReadSession session, NewsFilter filter, Paging paging, int limit, SearchPlan plan) {
        boolean relevance = paging.sort() == Paging.Sort.RELEVANCE;
        if (plan.page() != null ? plan.page().isEmpty() : relevance && plan.tiers().isEmpty()) {
            return new ListRead(plan.counted(), List.of()); // no match on this page: nothing to read
        }
        Map<String, Object> values = new HashMap<>();
        String page = plan.page() != null ? byIds(plan.page(), relevance, values)
                : relevance ? byRelevance(filter, paging, limit, plan.tiers(), values) : byDate(filter, paging, values, null);
        values.put("counted", plan.counted());
        values.put("q", filter.query()); // the highlights' query, whichever way the rows were found
        // Known matches are read by id: one plan fits every page. Otherwise the words' frequencies decide it.
        NamedStatement.Plan statementPlan = plan.page() != null ? NamedStatement.Plan.GENERIC : NamedStatement.Plan.CUSTOM;
        return page(session, page, "SELECT CAST(:counted AS bigint)", true, statementPlan, paging, limit, values);
    }

    /** The rows of known matches, by id, with their tiers as ranks when sorted by relevance. */
    private static String byIds(List<KnownMatches.Match> page, boolean relevance, Map<String, Object> values) {
        values.put("ids", page.stream().map(match -> String.valueOf(match.id())).collect(Collectors.joining(",")));
        values.put("tiers", page.stream().map(match -> String.valueOf(match.tier())).collect(Collectors.joining(",")));
        return """
                SELECT %s, %s AS rank
                FROM unnest(CAST(string_to_array(:ids, ',') AS bigint[]), CAST(string_to_array(:tiers, ',') AS real[]))
                     AS k (id, tier)
                JOIN news_item n ON n.id = k.id""".formatted(LIST_COLUMNS, relevance ? "k.tier" : "CAST(NULL AS real)");
    }

    private static ListRead page(ReadSession session, String page, String count, boolean search,
            NamedStatement.Plan plan, Paging paging, int limit, Map<String, Object> values) {
        values.put("limit", limit);
        values.put("offset", paging.offset());
        String sql = """
                WITH page AS (%s)
                SELECT (%s) AS counted, n.*%s
                FROM (VALUES (1)) one LEFT JOIN page n ON true
                ORDER BY %s""".formatted(page, count, search ? FOR_HIGHLIGHTS : "",
                paging.sort() == Paging.Sort.RELEVANCE ? NewsSql.BY_RELEVANCE : NewsSql.orderBy(paging.sort()));
        return NamedStatement.of(sql, plan).query(session, values, rows -> read(rows, search));
    }

    /**
     * What the service marks a search's words in: the query as parsed in each row's language, and the bodies of the
     * page's rows only.
     */
    private static final String FOR_HIGHLIGHTS = """
            ,
                   CAST(websearch_to_tsquery(search_configuration(n.language), :q) AS text) AS parsed_query,
                   (SELECT b.body FROM news_item b WHERE b.id = n.id) AS body""";

    /**
     * A page in date order. A tag's list is read as {@code tagReading} says (TagShares); any other (null) is left to
     * the planner, which walks the date index when it can.
     */
    private static String byDate(NewsFilter filter, Paging paging, Map<String, Object> values,
            TagShares.TagReading tagReading) {
        if (tagReading != null && tagReading.reading() == SearchPlan.Reading.WALK) {
            return walkedAlongDates(filter, paging, values);
        }
        NewsSql sql = tagReading != null ? NewsSql.indexedBy(filter, paging.after(), tagReading.indexed())
                : NewsSql.of(filter, paging.after());
        values.putAll(sql.parameters());
        return """
                SELECT * FROM %s n
                ORDER BY %s
                LIMIT :limit OFFSET :offset""".formatted(rows(sql, "CAST(NULL AS real)",
                        tagReading != null ? SearchPlan.Reading.GATHER : SearchPlan.Reading.WALK),
                NewsSql.orderBy(paging.sort()));
    }

    /**
     * A tag's page walked along the date index, the keys first: that walk reads the index alone (it holds the tag
     * arrays), which a generic plan prefers to a scan of the table whatever it guesses of the tags; the rest of
     * the columns are read for the page's rows only.
     */
    private static String walkedAlongDates(NewsFilter filter, Paging paging, Map<String, Object> values) {
        NewsSql sql = NewsSql.alongDates(filter, paging.after());
        values.putAll(sql.parameters());
        return """
                SELECT %s, CAST(NULL AS real) AS rank FROM (
                    SELECT n.id FROM news_item n %s
                    ORDER BY %s
                    LIMIT :limit OFFSET :offset) k
                JOIN news_item n ON n.id = k.id""".formatted(LIST_COLUMNS, sql.where(), NewsSql.orderBy(paging.sort()));
    }

    /**
     * A relevance page: each tier's first rows newest first (as many as the page can take from it), then merged
     * best tier first. No statement ranks more rows than one page needs, however many match.
     */
    private static String byRelevance(NewsFilter filter, Paging paging, int limit, List<SearchPlan.TierReading> tiers,
            Map<String, Object> values) {
        List<String> reads = new ArrayList<>();
        for (SearchPlan.TierReading tier : tiers) {
            NewsSql sql = NewsSql.ofTier(filter, tier.tier(), paging.after());
            values.putAll(sql.parameters());
            reads.add("""
                    (SELECT * FROM %s n
                     ORDER BY n.published_on DESC, n.id DESC
                     LIMIT :tierLimit)""".formatted(rows(sql, "CAST(%d AS real)".formatted(tier.tier().rank),
                    tier.reading())));
        }
        values.put("tierLimit", limit + paging.offset());
        return "SELECT * FROM (" + String.join(" UNION ALL ", reads) + ") ranked ORDER BY " + NewsSql.BY_RELEVANCE
                + " LIMIT :limit OFFSET :offset";
    }

    /**
     * The rows a list reads, with their rank. Gathered, they sit behind OFFSET 0, which the planner does not look
     * through: it fetches every match the cheapest way (the word indexes) instead of walking the date index for
     * the page's order, which it would do on its estimate of a word's matches, often far off.
     */
    private static String rows(NewsSql sql, String rank, SearchPlan.Reading reading) {
        String rows = "SELECT %s, %s AS rank FROM news_item n %s".formatted(LIST_COLUMNS, rank, sql.where());
        return reading == SearchPlan.Reading.GATHER ? "(" + rows + " OFFSET 0)" : "(" + rows + ")";
    }

    /**
     * The count of a list without a search, stopped at :cap. The public list, whole or narrowed by one tag or type,
     * is counted from the counts the database maintains (NewsFacetRepository); any other filter over the matching
     * rows, which the cap keeps bounded however many match.
     */
    private static String countUpTo(NewsFilter filter, Map<String, Object> values) {
        NewsSql sql = NewsSql.of(filter);
        values.putAll(sql.parameters());
        return NewsFacetRepository.countUpTo(filter, values).orElse(count(sql, ":cap"));
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
                    NewsStatus.fromValue(rows.getString("status")).orElseThrow(), rows.getString("language"));
            TagKeys tags = new TagKeys(List.of((Long[]) rows.getArray("topic_ids").getArray()),
                    List.of((String[]) rows.getArray("country_codes").getArray()),
                    List.of((Long[]) rows.getArray("region_ids").getArray()));
            items.add(new ListedItem(row, tags, search ? rows.getString("body") : null,
                    search ? rows.getString("parsed_query") : null));
        }
        return new ListRead(counted, items);
    }
}
