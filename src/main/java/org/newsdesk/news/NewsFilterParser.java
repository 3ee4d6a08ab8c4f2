package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.newsdesk.news.NewsFilter.Dimension;
import org.newsdesk.news.api.Visibility;
import org.newsdesk.platform.config.ServiceClock;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.http.ParamChecks;
import org.newsdesk.platform.text.LanguageCode;
import org.newsdesk.platform.text.Slugs;
import org.newsdesk.taxonomy.Vocabulary;

/**
 * Checks raw query parameters and turns them into a {@link NewsFilter}, {@link Paging} and facets.
 * Every problem is collected, so one 400 names all of them. Blank values are ignored.
 */
@ApplicationScoped
public class NewsFilterParser {

    static final int MAX_QUERY = 500;
    /** The years month, year, from and to may name: beyond them no item can be and the database's dates end. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    private static final Instant EARLIEST_UPDATE = Instant.parse(FIRST_YEAR + "-01-01T00:00:00Z");
    private static final Instant LATEST_UPDATE = Instant.parse(LAST_YEAR + "-12-31T23:59:59Z");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    /** Control characters (NUL among them) cannot be searched for and PostgreSQL cannot take NUL at all. */
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Vocabulary vocabulary;
    private final CursorCodec cursors;
    private final ServiceClock clock;

    public NewsFilterParser(Vocabulary vocabulary,
            CursorCodec cursors, ServiceClock clock) {
        this.vocabulary = vocabulary;
        this.cursors = cursors;
        this.clock = clock;
    }

    public NewsFilter filter(ReadSession session, NewsFilterParams params) {
        ParamChecks checks = new ParamChecks();
        NewsFilter filter = filter(session, params, checks);
        checks.throwIfAny();
        return filter;
    }

    /** Checks filters, paging and facets together, so one answer lists every problem. */
    public ListRequest listRequest(ReadSession session, NewsFilterParams params, ListParams list) {
        ParamChecks checks = new ParamChecks();
        NewsFilter filter = filter(session, params, checks);
        Set<Dimension> facets = facets(list.facets, checks);
        Paging paging = paging(list, filter, checks);
        checks.throwIfAny();
        return new ListRequest(filter, paging, facets);
    }

    public record ListRequest(NewsFilter filter, Paging paging, Set<Dimension> facets) {
    }

    /**
     * Checks the filters into {@code checks} instead of throwing, so that a caller with parameters of its own
     * (such as a feed's limit) can answer every problem in one 400. The filter is meaningful only while
     * {@code checks} has no violations.
     */
    public NewsFilter filter(ReadSession session, NewsFilterParams params, ParamChecks checks) {
        YearMonth month = inYears(checks, "month", checks.value("month", params.month, MONTH, YearMonth::parse,
                "must be a month as YYYY-MM, such as 2022-06"), YearMonth::getYear,
                "must be a month from " + FIRST_YEAR + "-01 to " + LAST_YEAR + "-12");
        Integer year = inYears(checks, "year", checks.value("year", params.year, YEAR, Integer::valueOf,
                "must be a year as YYYY, such as 2022"), Integer::intValue,
                "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        String dateMessage = "must be a date as YYYY-MM-DD, such as 2022-06-30";
        String dateRange = "must be a date from " + FIRST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31";
        LocalDate from = inYears(checks, "from", checks.value("from", params.from, DATE, LocalDate::parse, dateMessage),
                LocalDate::getYear, dateRange);
        LocalDate to = inYears(checks, "to", checks.value("to", params.to, DATE, LocalDate::parse, dateMessage),
                LocalDate::getYear, dateRange);
        if (from != null && to != null && from.isAfter(to)) {
            checks.add("from", "must not be after to (" + to + ")");
        }
        Set<Long> topicIds = slugIds("topic", params.topic, slugs -> vocabulary.topicIds(session, slugs), checks);
        Set<Long> regionIds = slugIds("region", params.region, slugs -> vocabulary.regionIds(session, slugs), checks);
        Set<String> countryCodes = countryCodes(session, params.country, checks);
        Set<NewsType> types = EnumSet.noneOf(NewsType.class);
        types.addAll(checks.each("type", params.type, value -> NewsType.fromValue(value).orElse(null),
                value -> "'" + value + "' is not one of " + NewsType.allowedValues()));
        Set<String> languages = Set.copyOf(checks.each("lang", params.lang,
                value -> LanguageCode.Check.isLanguageCode(value) ? value.toLowerCase(Locale.ROOT) : null,
                value -> "'" + value + "' is not an ISO 639-1 language code such as fr"));
        return new NewsFilter(month, year, from, to, topicIds, countryCodes, regionIds, types, languages,
                query(params.q, checks), updatedSince(params.updatedSince, checks),
                visibility(params.status, checks), clock.today());
    }

    private Paging paging(ListParams params, NewsFilter filter, ParamChecks checks) {
        Paging.Sort sort = checks.value("sort", params.sort, Paging.Sort::fromValue,
                "must be newest, oldest, relevance or updated");
        if (sort == Paging.Sort.RELEVANCE && filter.query() == null) {
            checks.add("sort", "relevance needs a search query (q)");
        }
        Integer page = checks.wholeNumber("page", params.page, 1, Integer.MAX_VALUE, "must be a whole number from 1");
        Integer size = checks.wholeNumber("size", params.size, 1, Paging.MAX_SIZE,
                "must be a whole number from 1 to " + Paging.MAX_SIZE);
        int pageSize = size == null ? Paging.DEFAULT_SIZE : size;
        if (page != null && page > 1 && (long) (page - 1) * pageSize >= Paging.MAX_OFFSET) {
            checks.add("page", "page numbers reach the first " + Paging.MAX_OFFSET
                    + " items; go deeper by following links.next (cursor)");
        }
        Cursor after = null;
        if (!isBlank(params.cursor)) {
            if (page != null) {
                checks.add("cursor", "cannot be combined with page");
            } else if (!checks.hasViolations()) {
                after = cursors.decode(params.cursor.strip(), filter);
                if (sort != null && sort != after.sort()) {
                    checks.add("cursor", "was made for sort=" + after.sort().value()
                            + "; start again from the first page to sort otherwise");
                }
                sort = after.sort();
            }
        }
        if (sort == null) {
            sort = filter.query() == null ? Paging.Sort.NEWEST : Paging.Sort.RELEVANCE;
        }
        return new Paging(after == null ? (page == null ? 1 : page) : null, pageSize, sort, after);
    }

    private static Set<Dimension> facets(List<String> raw, ParamChecks checks) {
        Set<Dimension> facets = EnumSet.noneOf(Dimension.class);
        facets.addAll(checks.each("facets", raw, value -> Arrays.stream(Dimension.values())
                .filter(d -> d.name().equalsIgnoreCase(value)).findFirst().orElse(null),
                value -> "'" + value + "' is not one of topic, country, region, type, month, year"));
        return facets;
    }

    /** Published (and due) items unless an editor asks for other states. */
    private static Set<Visibility> visibility(List<String> raw, ParamChecks checks) {
        Set<Visibility> states = EnumSet.noneOf(Visibility.class);
        states.addAll(checks.each("status", raw, value -> Visibility.fromValue(value.toLowerCase(Locale.ROOT))
                .orElse(null), value -> "'" + value + "' is not one of draft, scheduled, published, retired"));
        return states.isEmpty() ? EnumSet.of(Visibility.PUBLISHED) : states;
    }

    private static String query(String raw, ParamChecks checks) {
        if (raw == null) {
            return null;
        }
        String query = checks.require("q", CONTROL.matcher(raw).replaceAll(" ").strip(),
                text -> text.length() <= MAX_QUERY, "must be at most " + MAX_QUERY + " characters");
        return query == null || query.isEmpty() ? null : query;
    }

    private static Instant updatedSince(String raw, ParamChecks checks) {
        // An unencoded "+" in a query string arrives as a space: read "…T10:00:00 02:00" as "+02:00".
        Instant since = checks.value("updatedSince", raw, value -> OffsetDateTime.parse(value.replace(' ', '+'))
                .toInstant(), "must be an ISO 8601 date-time with offset, such as 2026-11-01T00:00:00Z");
        return checks.require("updatedSince", since,
                instant -> !instant.isBefore(EARLIEST_UPDATE) && !instant.isAfter(LATEST_UPDATE),
                "must be from " + EARLIEST_UPDATE + " to " + LATEST_UPDATE);
    }

    private Set<Long> slugIds(String name, List<String> raw, Function<Collection<String>, Map<String, Long>> lookup,
            ParamChecks checks) {
        Set<String> slugs = new LinkedHashSet<>(checks.each(name, raw, value -> {
            String slug = value.toLowerCase(Locale.ROOT);
            return Slugs.isSlug(slug) ? slug : null;
        }, value -> "'" + value + "' is not a slug (lower-case words joined by hyphens)"));
        if (slugs.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> ids = lookup.apply(slugs);
        List<String> unknown = slugs.stream().filter(slug -> !ids.containsKey(slug)).toList();
        if (!unknown.isEmpty()) {
            checks.add(name, "unknown " + name + " " + quoted(unknown));
        }
        return Set.copyOf(ids.values());
    }

    private Set<String> countryCodes(ReadSession session, List<String> raw, ParamChecks checks) {
        Set<String> codes = new LinkedHashSet<>(checks.each("country", raw,
                value -> COUNTRY.matcher(value).matches() ? value.toUpperCase(Locale.ROOT) : null,
                value -> "'" + value + "' is not an ISO 3166-1 alpha-2 code such as TH"));
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = vocabulary.existingCountryCodes(session, codes);
        List<String> unknown = codes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            checks.add("country", "unknown country " + quoted(unknown));
        }
        return Set.copyOf(known);
    }

    /** A parsed value whose year is outside {@link #FIRST_YEAR} to {@link #LAST_YEAR} is reported and dropped. */
    private static <T> T inYears(ParamChecks checks, String name, T value, ToIntFunction<T> year, String message) {
        return checks.require(name, value, v -> year.applyAsInt(v) >= FIRST_YEAR && year.applyAsInt(v) <= LAST_YEAR,
                message);
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(value -> "'" + value + "'").toList());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
