package org.newsdesk.editorial;

import static org.newsdesk.platform.text.TextRules.ONE_LINE;
import static org.newsdesk.platform.text.TextRules.ONE_LINE_MESSAGE;
import static org.newsdesk.platform.text.TextRules.TEXT;
import static org.newsdesk.platform.text.TextRules.TEXT_MESSAGE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;
import org.newsdesk.news.NewsStatus;
import org.newsdesk.news.NewsType;
import org.newsdesk.platform.http.JsonBodies;
import org.newsdesk.platform.text.HttpUrl;
import org.newsdesk.platform.text.LanguageCode;
import org.newsdesk.platform.text.NotReserved;
import org.newsdesk.platform.text.Slugs;
import org.newsdesk.platform.text.VisibleText;

/**
 * A news item as editors write it (POST, PUT, and the result of a PATCH): the answer's field names,
 * with topics, countries and regions as slugs and codes. id, createdAt, updatedAt, revision and links
 * are the service's.
 */
@Schema(name = "NewsWrite", description = "A news item as written by an editor.")
public record NewsWrite(
        @Schema(nullable = true, description = "Set to choose the slug; otherwise it is made from the title (with a "
                + "number on collision) and stays fixed once the item leaves draft. An old slug redirects (301). "
                + "Slugs that fixed routes own are reserved: " + Slugs.RESERVED_LIST + ".",
                examples = "thailand-pension-reform")
        @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "must be lower-case words joined by hyphens")
        @NotReserved
        String slug,
        @Schema(description = "Plain text: never interpreted as markup. Needs a visible character; bidi "
                + "overrides and isolates count as control characters.", maxLength = 300,
                examples = "Reform needed for Thailand’s pension system, not new schemes")
        @NotBlank @Size(max = 300) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) @VisibleText
        String title,
        @Schema(description = "Plain text, may have line breaks. Needs a visible character; bidi overrides and "
                + "isolates count as control characters.", maxLength = 2000,
                examples = "The current Thai retirement pension scheme should be strengthened …")
        @NotBlank @Size(max = 2000) @Pattern(regexp = TEXT, message = TEXT_MESSAGE) @VisibleText
        String summary,
        @Schema(nullable = true, maxLength = MAX_BODY, description = "HTML, sanitised on write to this subset: "
                + NewsBodySanitizer.ALLOWED + ". Anything else (scripts, event handlers, styles, javascript: URLs) "
                + "is removed.", examples = "<p>The <strong>reform</strong> would …</p>")
        @Size(max = MAX_BODY)
        String body,
        @Schema(description = "Publication date, from " + JsonBodies.EARLIEST_DATE + " to " + JsonBodies.LATEST_DATE
                + "; a published item dated ahead is scheduled and becomes public that day.", examples = "2022-02-11")
        @NotNull
        LocalDate publishedOn,
        @Schema(nullable = true, description = "news when not given.")
        NewsType type,
        @Schema(nullable = true, description = "draft when not given; published makes it public from "
                + "publishedOn; retired withdraws it (DELETE does the same).")
        NewsStatus status,
        @Schema(nullable = true, description = "The item's language: an ISO 639-1 code (BCP 47's primary tag, "
                + "without a region), any case, stored in lower case; en when not given.", examples = "fr",
                pattern = LanguageCode.PATTERN)
        @LanguageCode
        String language,
        @Schema(nullable = true) @Valid
        ImageWrite image,
        @Schema(nullable = true, description = "Topic slugs.", examples = "[\"pensions\"]")
        @Size(max = 50)
        List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = "must be a topic slug") String> topics,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2 codes, any case.", examples = "[\"TH\"]")
        @Size(max = 50)
        List<@NotNull @Pattern(regexp = "^[A-Za-z]{2}$", message = "must be an ISO 3166-1 alpha-2 code") String> countries,
        @Schema(nullable = true, description = "Region slugs (regions of the countries are implied).",
                examples = "[\"asia-pacific\"]")
        @Size(max = 20)
        List<@NotNull @Pattern(regexp = Slugs.PATTERN, message = "must be a region slug") String> regions) {

    static final int MAX_BODY = 200_000;
    /** Fields the answers carry that only the service sets. */
    static final Set<String> READ_ONLY = Set.of("id", "createdAt", "updatedAt", "revision", "links");

    NewsWrite withSlug(String newSlug) {
        return new NewsWrite(newSlug, title, summary, body, publishedOn, type, status, language, image, topics,
                countries, regions);
    }

    @Schema(name = "ImageWrite")
    public record ImageWrite(
            @Schema(nullable = true, description = "Absolute http or https URL with a host (international names in "
                    + "their xn-- form) and, if given, a port from 1 to 65535.",
                    examples = "https://example.org/images/pensions.jpg")
            @Size(max = 2048) @URL(message = "must be a URL") @HttpUrl
            // Case-insensitive by character classes: (?i) is Java-only, and this pattern is the schema's too.
            @Pattern(regexp = "^[Hh][Tt][Tt][Pp][Ss]?://.+$", message = "must be an http or https URL")
            String url,
            @Schema(nullable = true, examples = "An older man reading a letter")
            @Size(max = 300) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
            String alt,
            @Schema(nullable = true, examples = "© Shutterstock 2022")
            @Size(max = 300) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
            String credit) {
    }
}
