package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
import java.util.regex.Pattern;
import org.newsdesk.common.InvalidParametersException;
import org.newsdesk.common.Problem.Violation;
import org.newsdesk.common.Slugs;
import org.newsdesk.taxonomy.CountryRepository;
import org.newsdesk.taxonomy.RegionRepository;
import org.newsdesk.taxonomy.TopicRepository;

/**
 * Checks raw query parameters and turns them into a {@link NewsFilter} and {@link Paging}.
 * Every problem is collected, so one 400 names all of them. Blank values are ignored.
 */
@ApplicationScoped
public class NewsFilterParser {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private final TopicRepository topics;
    private final RegionRepository regions;
    private final CountryRepository countries;

    public NewsFilterParser(TopicRepository topics, RegionRepository regions, CountryRepository countries) {
        this.topics = topics;
        this.regions = regions;
        this.countries = countries;
    }

    public NewsFilter filter(NewsFilterParams params) {
        List<Violation> violations = new ArrayList<>();
        NewsFilter filter = filter(params, violations);
        throwIfAny(violations);
        return filter;
    }

    /** Checks filters and paging together, so one answer lists every problem. */
    public PagedFilter pagedFilter(NewsFilterParams params, PagingParams paging) {
        List<Violation> violations = new ArrayList<>();
        NewsFilter filter = filter(params, violations);
        Paging checkedPaging = paging(paging, violations);
        throwIfAny(violations);
        return new PagedFilter(filter, checkedPaging);
    }

    public record PagedFilter(NewsFilter filter, Paging paging) {
    }

    private NewsFilter filter(NewsFilterParams params, List<Violation> violations) {
        LocalDate lower = null;
        LocalDate upper = null;
        YearMonth month = parse("month", params.month, MONTH, "must be a month as YYYY-MM, such as 2022-06",
                YearMonth::parse, violations);
        if (month != null) {
            lower = month.atDay(1);
            upper = month.atEndOfMonth();
        }
        Integer year = parse("year", params.year, YEAR, "must be a year as YYYY, such as 2022",
                Integer::valueOf, violations);
        if (year != null) {
            lower = later(lower, LocalDate.of(year, 1, 1));
            upper = earlier(upper, LocalDate.of(year, 12, 31));
        }
        String dateMessage = "must be a date as YYYY-MM-DD, such as 2022-06-30";
        LocalDate from = parse("from", params.from, DATE, dateMessage, LocalDate::parse, violations);
        LocalDate to = parse("to", params.to, DATE, dateMessage, LocalDate::parse, violations);
        if (from != null && to != null && from.isAfter(to)) {
            violations.add(new Violation("from", "must not be after to (" + to + ")"));
        }
        lower = later(lower, from);
        upper = earlier(upper, to);

        Set<Long> topicIds = slugIds("topic", params.topic, topics::idsBySlug, violations);
        Set<Long> regionIds = slugIds("region", params.region, regions::idsBySlug, violations);
        Set<String> countryCodes = countryCodes(params.country, violations);
        Set<NewsType> types = types(params.type, violations);
        return new NewsFilter(lower, upper, topicIds, countryCodes, regionIds, types);
    }

    private Paging paging(PagingParams params, List<Violation> violations) {
        Paging.Sort sort = Paging.Sort.NEWEST;
        if (!isBlank(params.sort)) {
            switch (params.sort.strip()) {
                case "newest" -> sort = Paging.Sort.NEWEST;
                case "oldest" -> sort = Paging.Sort.OLDEST;
                default -> violations.add(new Violation("sort", "must be newest or oldest"));
            }
        }
        Integer page = parse("page", params.page, DIGITS, "must be a whole number from 1", Integer::valueOf, violations);
        if (page != null && page < 1) {
            violations.add(new Violation("page", "must be a whole number from 1"));
        }
        String sizeMessage = "must be a whole number from 1 to " + Paging.MAX_SIZE;
        Integer size = parse("size", params.size, DIGITS, sizeMessage, Integer::valueOf, violations);
        if (size != null && (size < 1 || size > Paging.MAX_SIZE)) {
            violations.add(new Violation("size", sizeMessage));
        }
        return new Paging(page == null ? 1 : page, size == null ? Paging.DEFAULT_SIZE : size, sort);
    }

    private Set<Long> slugIds(String name, List<String> raw, Function<Collection<String>, Map<String, Long>> lookup,
            List<Violation> violations) {
        Set<String> slugs = new LinkedHashSet<>();
        for (String value : values(raw)) {
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

    private Set<String> countryCodes(List<String> raw, List<Violation> violations) {
        Set<String> codes = new LinkedHashSet<>();
        for (String value : values(raw)) {
            if (COUNTRY.matcher(value).matches()) {
                codes.add(value.toUpperCase(Locale.ROOT));
            } else {
                violations.add(new Violation("country", "'" + value + "' is not an ISO 3166-1 alpha-2 code such as TH"));
            }
        }
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = countries.existingCodes(codes);
        List<String> unknown = codes.stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            violations.add(new Violation("country", "unknown country " + quoted(unknown)));
        }
        return Set.copyOf(known);
    }

    private static Set<NewsType> types(List<String> raw, List<Violation> violations) {
        Set<NewsType> types = EnumSet.noneOf(NewsType.class);
        for (String value : values(raw)) {
            NewsType.fromValue(value).ifPresentOrElse(types::add, () -> violations.add(new Violation("type",
                    "'" + value + "' is not one of " + NewsType.allowedValues())));
        }
        return types;
    }

    /** Repeated and comma-separated values alike, trimmed, blanks dropped. */
    private static List<String> values(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        return raw.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }

    private static <T> T parse(String name, String raw, Pattern shape, String message,
            Function<String, T> parser, List<Violation> violations) {
        if (isBlank(raw)) {
            return null;
        }
        String value = raw.strip();
        if (shape.matcher(value).matches()) {
            try {
                return parser.apply(value);
            } catch (DateTimeParseException e) {
                // Well shaped but no such month or day, such as 2022-13: reported below.
            }
        }
        violations.add(new Violation(name, message));
        return null;
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

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
