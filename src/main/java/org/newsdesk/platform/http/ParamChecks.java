package org.newsdesk.platform.http;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.newsdesk.platform.problem.InvalidParametersException;
import org.newsdesk.platform.problem.Problem.Violation;

/**
 * The one reading of query, path and header parameters. One instance per request: its readers return the
 * value read, or null when it is wrong, recording a {@link Violation} in the order read, so that
 * {@link #throwIfAny()} answers every problem in one 400. Blank values count as not sent unless a reader
 * says otherwise; a reader given null (not sent, or already wrong) records nothing.
 */
public final class ParamChecks {

    /** Up to nine digits: always an int, so no value can overflow on the way. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private final List<Violation> violations = new ArrayList<>();

    /** A whole number from {@code min} to {@code max}, stripped. */
    public Integer wholeNumber(String name, String raw, int min, int max, String message) {
        return require(name, value(name, raw, DIGITS, Integer::valueOf, message),
                number -> number >= min && number <= max, message);
    }

    /** Exactly true or false; missing or blank is false. */
    public boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank() || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        add(name, "must be true or false");
        return false;
    }

    /** The stripped value when it has {@code shape}, as {@code parser} reads it (see the other overload). */
    public <T> T value(String name, String raw, Pattern shape, Function<String, T> parser, String message) {
        return value(name, raw, value -> shape.matcher(value).matches() ? parser.apply(value) : null, message);
    }

    /**
     * The stripped value as {@code parser} reads it. The parser says a value is wrong by answering null (one of
     * a set: no such member) or by throwing a DateTimeException or IllegalArgumentException (well shaped, but
     * no such month or day).
     */
    public <T> T value(String name, String raw, Function<String, T> parser, String message) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        T value = read(parser, raw.strip());
        if (value == null) {
            add(name, message);
        }
        return value;
    }

    /** Every value of a list parameter ({@link #values}) as {@code parser} reads it; each wrong one is recorded. */
    public <T> List<T> each(String name, Collection<String> raw, Function<String, T> parser,
            UnaryOperator<String> message) {
        List<T> read = new ArrayList<>();
        for (String value : values(raw)) {
            T one = read(parser, value);
            if (one == null) {
                add(name, message.apply(value));
            } else {
                read.add(one);
            }
        }
        return read;
    }

    /** {@code value} when it passes {@code rule} (a range, a length, a pattern as sent); null is let through. */
    public <T> T require(String name, T value, Predicate<T> rule, String message) {
        if (value != null && !rule.test(value)) {
            add(name, message);
            return null;
        }
        return value;
    }

    /** A problem found by the caller, such as a rule between two parameters. */
    public void add(String name, String message) {
        violations.add(new Violation(name, message));
    }

    public boolean hasViolations() {
        return !violations.isEmpty();
    }

    /** One 400 naming every problem recorded so far, in order. */
    public void throwIfAny() {
        if (hasViolations()) {
            throw new InvalidParametersException(violations);
        }
    }

    /**
     * List parameters as the API reads them, repeated (topic=a&amp;topic=b) and comma-separated (topic=a,b) alike:
     * every value of every occurrence, stripped, without empty ones or repeats, in the order sent.
     */
    public static List<String> values(Collection<String> occurrences) {
        if (occurrences == null) {
            return List.of();
        }
        return occurrences.stream()
                .flatMap(occurrence -> Arrays.stream(occurrence.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .distinct()
                .toList();
    }

    /** A path segment that is a whole number exactly as sent, else {@code otherwise}: such paths name nothing. */
    public static int wholeNumberOr(String segment, int otherwise) {
        return segment != null && DIGITS.matcher(segment).matches() ? Integer.parseInt(segment) : otherwise;
    }

    private static <T> T read(Function<String, T> parser, String value) {
        try {
            return parser.apply(value);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }
}
