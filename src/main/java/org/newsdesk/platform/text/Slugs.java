package org.newsdesk.platform.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Readable URL slugs: "ILO’s Global Flagship Programme" becomes "ilos-global-flagship-programme". */
public final class Slugs {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    /**
     * Literal path segments beside {slug} in the routes of news, topics and regions (GET /api/v1/news/archive):
     * a resource with one of these slugs could never be read, so no item, topic or region may take one. The list is
 * a constant string too, for the schema's descriptions; add to it as "archive, other".
     * ClosedWriteRulesIT checks every literal segment of the OpenAPI document's paths is here.
     */
    public static final String RESERVED_LIST = "archive";
    public static final Set<String> RESERVED = Set.of(RESERVED_LIST.split(", "));
    static final int MAX_LENGTH = 100;
    /** The longest slug the schema stores; anything longer cannot name a resource. */
    private static final int STORED_MAX_LENGTH = 120;
    private static final Pattern SLUG = Pattern.compile(PATTERN);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’]");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** Whether the value has the shape of a slug, so that it is worth looking up. */
    public static boolean isSlug(String value) {
        return value.length() <= STORED_MAX_LENGTH && SLUG.matcher(value).matches();
    }

    /** Whether the value has the shape of a slug, however long: a tag of this shape that is not stored is unknown. */
    public static boolean hasSlugShape(String value) {
        return SLUG.matcher(value).matches();
    }

    public static String fromTitle(String title) {
        String ascii = COMBINING_MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        String words = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = trimHyphens(NON_ALPHANUMERIC.matcher(words).replaceAll("-"));
        if (slug.length() > MAX_LENGTH) {
            // Cut at a word boundary so the slug stays readable.
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_LENGTH);
        }
        return slug.isEmpty() ? "item" : slug;
    }

    private static String trimHyphens(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '-') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '-') {
            end--;
        }
        return value.substring(start, end);
    }
}
