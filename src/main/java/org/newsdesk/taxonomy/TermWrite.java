package org.newsdesk.taxonomy;

import static org.newsdesk.platform.text.TextRules.ONE_LINE;
import static org.newsdesk.platform.text.TextRules.ONE_LINE_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsdesk.platform.text.LanguageCode;
import org.newsdesk.platform.text.NotReserved;
import org.newsdesk.platform.text.Slugs;
import org.newsdesk.platform.text.VisibleText;

/** A topic or region as an admin writes it. */
@Schema(name = "TermWrite", description = "A topic or region as written by an admin.")
public record TermWrite(
        @Schema(nullable = true, description = "Made from the name when a new entry leaves it out; kept when a change "
                + "leaves it out. Changing it changes the entry's URL and filter value. Slugs that fixed routes own "
                + "are reserved: " + Slugs.RESERVED_LIST + ".", examples = "pensions")
        @Size(max = 64) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens")
        @NotReserved
        String slug,
        @Schema(description = "Plain text with a visible character; bidi overrides and isolates count as control "
                + "characters.", maxLength = 128, examples = "Pensions")
        @NotBlank @Size(max = 128) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) @VisibleText
        String name,
        @Schema(nullable = true, description = "The name in other languages, by ISO 639-1 code (any case), each with "
                + "the rules of name. A language left out is answered with the English name. In a merge patch, "
                + "null removes a language.", examples = "{\"fr\": \"Retraites\", \"es\": \"Pensiones\"}")
        Map<@LanguageCode String, @NotBlank @Size(max = 128) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
                @VisibleText String> names) {

    /** Fields the answers carry that only the service sets. */
    static final Set<String> READ_ONLY = Set.of("count", "links", "language");

    /** The names by code in lower case, stripped; none when not given. */
    Map<String, String> namesByLanguage() {
        Map<String, String> byLanguage = new TreeMap<>();
        if (names != null) {
            names.forEach((language, name) -> byLanguage.put(language.toLowerCase(Locale.ROOT), name.strip()));
        }
        return byLanguage;
    }
}
