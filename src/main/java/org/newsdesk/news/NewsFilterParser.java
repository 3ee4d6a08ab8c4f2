package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
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
import org.newsdesk.platform.http.CommaLists;
import org.newsdesk.platform.http.WholeNumbers;
import org.newsdesk.platform.problem.InvalidParametersException;
import org.newsdesk.platform.problem.Problem.Violation;
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
        List<Violation> violations = new ArrayList<>();
        NewsFilter filter = filter(session, params, violations);
        throwIfAny(violations);
        return filter;
    }

    /** Checks filters, paging and facets together, so one answer lists every problem. */
    public ListRequest listRequest(ReadSession session, NewsFilterParams params, ListParams list) {
        List<Violation> violations = new ArrayList<>();
        NewsFilter filter = filter(session, params, violations);
        Set<Dimension> facets = facets(list.facets, violations);
        Paging paging = paging(list, filter, violations);
        throwIfAny(violations);
        return new ListRequest(filter, paging, facets);
    }

    public record ListRequest(NewsFilter filter, Paging paging, Set<Dimension> facets) {
    }

    /**
     * Checks the filters and adds their problems to {@code violations} instead of throwing, so that a
     * caller with parameters of its own (such as a feed's limit) can answer every problem in one 400.
     * The filter is meaningful only while {@code violations} stays empty.
     */
    public NewsFilter filter(ReadSession session, NewsFilterParams params, List<Violation> violations) {
        YearMonth month = inYears("month", parse("month", params.month, MONTH,
                "must be a month as YYYY-MM, such as 2022-06", YearMonth::parse, violations), YearMonth::getYear,
                "must be a month from " + FIRST_YEAR + "-01 to " + LAST_YEAR + "-12", violations);
        Integer year = inYears("year", parse("year", params.year, YEAR, "must be a year as YYYY, such as 2022",
                Integer::valueOf, violations), Integer::intValue,
                "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR, violations);
        String dateMessage = "must be a date as YYYY-MM-DD, such as 2022-06-30";
        String dateRange = "must be a date from " + FIRST_YEAR + "-01-01 to " + LAST_YEAR + "-12-31";
        LocalDate from = inYears("from", parse("from", params.from, DATE, dateMessage, LocalDate::parse, violations),
                LocalDate::getYear, dateRange, violations);
        LocalDate to = inYears("to", parse("to", params.to, DATE, dateMessage, LocalDate::parse, violations),
                LocalDate::getYear, dateRange, violations);
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new Violation("from", "must not be after to (" + to + ")"));
        }
        Set<Long> topicIds = slugIds("topic", params.topic, slugs -> vocabulary.topicIds(session, slugs), violations);
        Set<Long> regionIds = slugIds("region", params.region, slugs -> vocabulary.regionIds(session, slugs), violations);
        Set<String> countryCodes = countryCodes(session, params.country, violations);
        Set<NewsType> types = types(params.type, violations);
        return new NewsFilter(month, year, from, to, topicIds, countryCodes, regionIds, types,
                query(params.q, violations), updatedSince(params.updatedSince, violations),
                visibility(params.status, violations), clock.today());
    }

    private Paging paging(ListParams params, NewsFilter filter, List<Violation> violations) {
        Paging.Sort sort = null;
        if (!isBlank(params.sort)) {
            sort = Paging.Sort.fromValue(params.sort.strip());
            if (sort == null) {
                violations.add(new Violation("sort", "must be newest, oldest, relevance or updated"));
            } else if (sort == Paging.Sort.RELEVANCE && filter.query() == null) {
                violations.add(new Violation("sort", "relevance needs a search query (q)"));
            }
        }
        Integer page = WholeNumbers.parse("page", params.page, 1, Integer.MAX_VALUE, "must be a whole number from 1",
                violations);
        Integer size = WholeNumbers.parse("size", params.size, 1, Paging.MAX_SIZE,
                "must be a whole number from 1 to " + Paging.MAX_SIZE, violations);
        int pageSize = size == null ? Paging.DEFAULT_SIZE : size;
        if (page != null && page > 1 && (long) (page - 1) * pageSize >= Paging.MAX_OFFSET) {
            violations.add(new Violation("page", "page numbers reach the first " + Paging.MAX_OFFSET
                    + " items; go deeper by following links.next (cursor)"));
        }
        Cursor after = null;
        if (!isBlank(params.cursor)) {
            if (page != null) {
                violations.add(new Violation("cursor", "cannot be combined with page"));
            } else if (violations.isEmpty()) {
                after = cursors.decode(params.cursor.strip(), filter);
                if (sort != null && sort != after.sort()) {
                    violations.add(new Violation("cursor", "was made for sort=" + after.sort().value()
                            + "; start again from the first page to sort otherwise"));
                }
                sort = after.sort();
            }
        }
        if (sort == null) {
            sort = filter.query() == null ? Paging.Sort.NEWEST : Paging.Sort.RELEVANCE;
        }
        return new Paging(after == null ? (page == null ? 1 : page) : null, pageSize, sort, after);
    }

    private static Set<Dimension> facets(List<String> raw, List<Violation> violations) {
        Set<Dimension> facets = EnumSet.noneOf(Dimension.class);
        for (String value : CommaLists.values(raw)) {
            Arrays.stream(Dimension.values()).filter(d -> d.name().equalsIgnoreCase(value)).findFirst()
                    .ifPresentOrElse(facets::add, () -> violations.add(new Violation("facets",
                            "'" + value + "' is not one of topic, country, region, type, month, year")));
        }
        return facets;
    }

    /** Published (and due) items unless an editor asks for other states. */
    private static Set<Visibility> visibility(List<String> raw, List<Violation> violations) {
        Set<Visibility> states = EnumSet.noneOf(Visibility.class);
        for (String value : CommaLists.values(raw)) {
            Visibility.fromValue(value.toLowerCase(Locale.ROOT)).ifPresentOrElse(states::add, () -> violations.add(
                    new Violation("status", "'" + value + "' is not one of draft, scheduled, published, retired")));
        }
        return states.isEmpty() ? EnumSet.of(Visibility.PUBLISHED) : states;
    }

    private static String query(String raw, List<Violation> violations) {
        if (raw == null) {
            return null;
        }
        String query = CONTROL.matcher(raw).replaceAll(" ").strip();
        if (query.length() > MAX_QUERY) {
            violations.add(new Violation("q", "must be at most " + MAX_QUERY + " characters"));
            return null;
        }
        return query.isEmpty() ? null : query;
    }

    private static Instant updatedSince(String raw, List<Violation> violations) {
        if (isBlank(raw)) {
            return null;
        }
        // An unencoded "+" in a query string arrives as a space: read "…T10:00:00 02:00" as "+02:00".
        String value = raw.strip().replace(' ', '+');
        Instant since;
        try {
            since = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException e) {
            violations.add(new Violation("updatedSince",
                    "must be an ISO 8601 date-time with offset, such as 2026-11-01T00:00:00Z"));
            return null;
        }
        if (since.isBefore(EARLIEST_UPDATE) || since.isAfter(LATEST_UPDATE)) {
            violations.add(new Violation("updatedSince", "must be from " + EARLIEST_UPDATE + " to " + LATEST_UPDATE));
            return null;
        }
        return since;
    }

    private Set<Long> slugIds(String name, List<String> raw, Function<Collection<String>, Map<String, Long>> lookup,
            List<Violation> violations) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String value : CommaLists.values(raw)) {
            String slug = value.toLowerCase(Locale.ROOT);
            if (Slugs.isSlug(slug)) {
                slugs.add(slug);
            } else {
                violations.add(new Violation(name, "'" + value + "' is not a slug (lower-case words joined by hyphens)"));
            }
        }
        if (slugs.isEmpty()) {
            return Set.of();
        }
        Map<String, Long> ids = lookup.apply(slugs);
        List<String> unknown = slugs.stream().filter(slug -> !ids.containsKey(slug)).toList();
        if (!unknown.isEmpty()) {
            violations.add(new Violation(name, "unknown " + name + " " + quoted(unknown)));
        }
        return Set.copyOf(ids.values());
    }

    private Set<String> countryCodes(ReadSession session, List<String> raw, List<Violation> violations) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : CommaLists.values(raw)) {
            if (COUNTRY.matcher(value).matches()) {
                codes.add(value.toUpperCase(Locale.ROOT));
            } else {
                violations.add(new Violation("country", "'" + value + "' is not an ISO 3166-1 alpha-2 code such as TH"));
            }
        }
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = vocabulary.existingCountryCodes(session, codes);
        List<String> unknown = codes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            violations.add(new Violation("country", "unknown country " + quoted(unknown)));
        }
        return Set.copyOf(known);
    }

    private static Set<NewsType> types(List<String> raw, List<Violation> violations) {
        Set<NewsType> types = EnumSet.noneOf(NewsType.class);
        for (String value : CommaLists.values(raw)) {
            NewsType.fromValue(value).ifPresentOrElse(types::add, () -> violations.add(new Violation("type",
                    "'" + value + "' is not one of " + NewsType.allowedValues())));
        }
        return types;
    }

    /** Repeated and comma-separated values alike, stripped, blanks dropped. */
    private static <T> T parse(String name, String raw, Pattern shape, String message, Function<String, T> parser,
            List<Violation> violations) {
        if (isBlank(raw)) {
            return null;
        }
        String value = raw.strip();
        if (shape.matcher(value).matches()) {
            try {
                return parser.apply(value);
            } catch (DateTimeException e) {
                // Well shaped but no such month or day, such as 2022-13: reported below.
            }
        }
        violations.add(new Violation(name, message));
        return null;
    }

    /** A parsed value whose year is outside {@link #FIRST_YEAR} to {@link #LAST_YEAR} is reported and dropped. */
    private static <T> T inYears(String name, T value, ToIntFunction<T> year, String message,
            List<Violation> violations) {
        if (value != null && (year.applyAsInt(value) < FIRST_YEAR || year.applyAsInt(value) > LAST_YEAR)) {
            violations.add(new Violation(name, message));
            return null;
        }
        return value;
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidParametersException(violations);
        }
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(value -> "'" + value + "'").toList());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
