package org.newsdesk.platform.http;

import java.util.List;
import java.util.regex.Pattern;
import org.newsdesk.platform.problem.Problem.Violation;

/** The one reading of a whole-number query parameter (page, size, limit, maxwidth…): every caller says its range. */
public final class WholeNumbers {

    /** Up to nine digits: always an int, so no value can overflow on the way. */
    private static final Pattern DIGITS = Pattern.compile("\\d{1,9}");

    private WholeNumbers() {
    }

    /**
     * The value of {@code raw} when it is a whole number from {@code min} to {@code max}; null when it is
     * missing or blank, and also when it is wrong, which adds {@code message} for {@code name} to {@code violations}.
     */
    public static Integer parse(String name, String raw, int min, int max, String message, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (DIGITS.matcher(value).matches()) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        violations.add(new Violation(name, message));
        return null;
    }
}
