package org.newsdesk.news;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsdesk.news.api.Visibility;

/**
 * The WHERE clause of a {@link NewsFilter} over {@code news_item n}, with its named parameters.
 * Each condition is served by an index: dates by (published_on, id), topics, countries and regions
 * by GIN indexes on the item's tag arrays (kept in step with the link tables by triggers), text by the
 * GIN index on search_vector (in each item's language, see {@link #matches}), updatedSince by (updated_at, id).
 */
record NewsSql(String where, Map<String, Object> parameters) {

    /** The order of a relevance page built from {@link Tier}s: best tier first, newest first within one. */
    static final String BY_RELEVANCE = "rank DESC, published_on DESC, id DESC";

    /**
     * Relevance, best first: the query matches the title; else the title and summary together (rank_vector);
     * else only with the body. Each tier is read newest first on its own, so that a page never ranks every
     * match. The rank is the tier's number, which cursors keep.
     */
    enum Tier {
        TITLE(2),
        SUMMARY(1),
        BODY(0);

        final int rank;

        Tier(int rank) {
            this.rank = rank;
        }

        /** The tier's condition, for a search parsed in {@code languages}; the body's implies the whole text's. */
        String condition(Set<SearchLanguage> languages) {
            return switch (this) {
                case TITLE -> matches("n", "title_vector", languages);
                case SUMMARY -> matches("n", "rank_vector", languages) + " AND NOT "
                        + matches("n", "title_vector", languages);
                case BODY -> "NOT " + matches("n", "rank_vector", languages);
            };
        }

        /** The tier a cursor's rank names, or null for a rank no tier has (a cursor of an older version). */
        static Tier of(Float rank) {
            for (Tier tier : values()) {
                if (rank != null && tier.rank == rank) {
                    return tier;
                }
            }
            return null;
        }
    }

    /**
     * The search ({@code :q}) matched on the vector column {@code vector} of the item {@code alias}, each item in its
     * own language: for one language the query parsed in it, for several an OR of one such match per language, each
     * bound to its items' language (a GIN index serves every branch).
     */
    static String matches(String alias, String vector, Set<SearchLanguage> languages) {
        return matches(alias, vector, languages, SearchLanguage::tsQuery);
    }

    /** The same, with each language's parsed query as {@code parsed} gives it (a column, or the parsing itself). */
    static String matches(String alias, String vector, Set<SearchLanguage> languages,
            Function<SearchLanguage, String> parsed) {
        List<SearchLanguage> ordered = languages.stream().sorted().toList();
        if (ordered.size() == 1) {
            return alias + "." + vector + " @@ " + parsed.apply(ordered.get(0));
        }
        return ordered.stream().map(language -> language.condition(alias) + " AND " + alias + "." + vector + " @@ "
                + parsed.apply(language)).collect(Collectors.joining(" OR ", "(", ")"));
    }

    static NewsSql of(NewsFilter filter) {
        return of(filter, null);
    }

    /** The filter's conditions, and those that start the list after {@code after} when it is given. */
    static NewsSql of(NewsFilter filter, Cursor after) {
        return of(filter, after, TAGS);
    }

    /**
     * The same conditions, but with the tags checked on the rows read along the date index (which holds the tag
     * arrays) and not looked up in their GIN indexes: {@code IS TRUE} makes a condition one no index serves. For a
     * generic plan, which does not see how common a tag is (TagShares does): a common tag's list, or the few days
     * left in the current month, is cheapest walked along the dates.
     */
    static NewsSql alongDates(NewsFilter filter, Cursor after) {
        return of(filter, after, EnumSet.noneOf(NewsFilter.Dimension.class));
    }

    /** The same conditions with only {@code indexed}'s tags looked up in their GIN index, the others checked on its rows. */
    static NewsSql indexedBy(NewsFilter filter, Cursor after, NewsFilter.Dimension indexed) {
        return of(filter, after, EnumSet.of(indexed));
    }

    private static final Set<NewsFilter.Dimension> TAGS = EnumSet.of(NewsFilter.Dimension.TOPIC,
            NewsFilter.Dimension.COUNTRY, NewsFilter.Dimension.REGION);

    private static NewsSql of(NewsFilter filter, Cursor after, Set<NewsFilter.Dimension> indexedTags) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        String visibility = visibility(filter.visibility());
        conditions.add(visibility);
        // Only published and scheduled compare with today: binding a parameter the SQL lacks is an error.
        if (visibility.contains(":today")) {
            parameters.put("today", filter.today());
        }
        LocalDate lower = filter.lowerDate();
        LocalDate upper = filter.upperDate();
        if (lower != null) {
            conditions.add("n.published_on >= :from");
            parameters.put("from", lower);
        }
        if (upper != null) {
            conditions.add("n.published_on <= :to");
            parameters.put("to", upper);
        }
        if (!filter.types().isEmpty()) {
            conditions.add("n.type IN (:types)");
            parameters.put("types", filter.types().stream().map(NewsType::value).toList());
        }
        if (!filter.languages().isEmpty()) {
            conditions.add("n.language IN (:languages)");
            parameters.put("languages", filter.languages().stream().sorted().toList());
        }
        if (!filter.topicIds().isEmpty()) {
            conditions.add(tag(indexedTags, NewsFilter.Dimension.TOPIC,
                    "n.topic_ids && CAST(string_to_array(:topicIds, ',') AS bigint[])"));
            parameters.put("topicIds", commaSeparated(filter.topicIds()));
        }
        if (!filter.countryCodes().isEmpty()) {
            conditions.add(tag(indexedTags, NewsFilter.Dimension.COUNTRY,
                    "n.country_codes && CAST(string_to_array(:countryCodes, ',') AS varchar[])"));
            parameters.put("countryCodes", commaSeparated(filter.countryCodes()));
        }
        if (!filter.regionIds().isEmpty()) {
            // region_ids holds the regions tagged on the item and those of its countries.
            conditions.add(tag(indexedTags, NewsFilter.Dimension.REGION,
                    "n.region_ids && CAST(string_to_array(:regionIds, ',') AS bigint[])"));
            parameters.put("regionIds", commaSeparated(filter.regionIds()));
        }
        if (filter.query() != null) {
            conditions.add(matches("n", "search_vector", filter.searchLanguages()));
            parameters.put("q", filter.query());
        }
        if (filter.updatedSince() != null) {
            conditions.add("n.updated_at >= :updatedSince");
            parameters.put("updatedSince", filter.updatedSince().atOffset(ZoneOffset.UTC));
        }
        if (after != null) {
            conditions.add(keyset(after, parameters));
        }
        return new NewsSql("WHERE " + String.join(" AND ", conditions), parameters);
    }

    private static String tag(Set<NewsFilter.Dimension> indexed, NewsFilter.Dimension dimension, String condition) {
        return indexed.contains(dimension) ? condition : "(" + condition + ") IS TRUE";
    }

    /**
     * The filter's rows in one relevance tier: after the cursor's position when the cursor is in this tier
     * (tiers above the cursor's are not asked for at all, tiers below it from their start).
     */
    static NewsSql ofTier(NewsFilter filter, Tier tier, Cursor after) {
        String condition = tier.condition(filter.searchLanguages());
        NewsSql sql = tier == Tier.BODY ? of(filter).and(condition, Map.of()) : searching(filter, condition);
        return after != null && Tier.of(after.rank()) == tier
                ? sql.and("(n.published_on, n.id) < (:afterPublished, :afterId)",
                        Map.of("afterPublished", after.publishedOn(), "afterId", after.id()))
                : sql;
    }

    /** The filter with its search matched in the titles only (title_vector, kept in the row). */
    static NewsSql inTitles(NewsFilter filter) {
        return searching(filter, matches("n", "title_vector", filter.searchLanguages()));
    }

    /** The filter with its search matched in the titles and summaries only (rank_vector, kept in the row). */
    static NewsSql inTitlesOrSummaries(NewsFilter filter) {
        return searching(filter, matches("n", "rank_vector", filter.searchLanguages()));
    }

    /**
     * The filter searching with {@code condition} on a part of the text (title, or title and summary). Words of
     * a part are words of the whole text, so a part that matches makes the whole text match, and the large
     * search vector, stored out of line, need not be read; unless the query excludes a word, which only the
     * whole text can rule out.
     */
    private static NewsSql searching(NewsFilter filter, String condition) {
        NewsSql sql = excludesWords(filter) ? of(filter) : of(filter.withoutQuery());
        return sql.and(condition, Map.of("q", filter.query()));
    }

    /** Whether the search excludes a word (-word); a hyphen anywhere counts, to be safe. */
    private static boolean excludesWords(NewsFilter filter) {
        return filter.query().contains("-");
    }

    /** These conditions and one more, with its parameters. */
    private NewsSql and(String condition, Map<String, Object> more) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(more);
        return new NewsSql(where + " AND " + condition, all);
    }

    /** The tiers a relevance page reads: all of them, or the cursor's and those below it. */
    static List<Tier> tiersFrom(Cursor after) {
        int start = after == null ? Tier.TITLE.rank : Tier.of(after.rank()).rank;
        return Arrays.stream(Tier.values()).filter(tier -> tier.rank <= start).toList();
    }

    /**
     * The public's condition stands alone, so that the planner sees it implies the partial list
     * index's {@code status = 'published'}; editors' choices are OR-ed.
     */
    private static String visibility(Set<Visibility> visibility) {
        if (visibility.size() == 1) {
            return visibility.iterator().next().condition();
        }
        return visibility.stream().sorted().map(state -> "(" + state.condition() + ")")
                .collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** One array parameter as text: ids and validated ISO codes never contain a comma. */
    private static String commaSeparated(Collection<?> values) {
        return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
    }

    /** ORDER BY for a sort; the keys match {@link #keyset} and the list indexes. */
    static String orderBy(Paging.Sort sort) {
        return switch (sort) {
            case NEWEST -> "n.published_on DESC, n.id DESC";
            case OLDEST -> "n.published_on ASC, n.id ASC";
            case RELEVANCE -> BY_RELEVANCE;
            case UPDATED -> "n.updated_at DESC, n.id DESC";
        };
    }

    /** Rows strictly after the cursor in its sort order, as one row comparison (relevance: {@link #ofTier}). */
    private static String keyset(Cursor after, Map<String, Object> parameters) {
        parameters.put("afterId", after.id());
        if (after.sort() == Paging.Sort.UPDATED) {
            parameters.put("afterUpdated", after.updatedAt().atOffset(ZoneOffset.UTC));
            return "(n.updated_at, n.id) < (:afterUpdated, :afterId)";
        }
        if (after.sort() == Paging.Sort.RELEVANCE) {
            throw new IllegalArgumentException("a relevance cursor continues its tier: ofTier");
        }
        parameters.put("afterPublished", after.publishedOn());
        return after.sort() == Paging.Sort.NEWEST ? "(n.published_on, n.id) < (:afterPublished, :afterId)"
                : "(n.published_on, n.id) > (:afterPublished, :afterId)";
    }
}
