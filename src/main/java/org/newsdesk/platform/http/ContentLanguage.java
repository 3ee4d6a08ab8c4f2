package org.newsdesk.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.newsdesk.platform.text.LanguageCode;

/**
 * The language an answer's words are in (names of topics, regions and countries): the one {@code lang} names when it
 * names one (a valid code; any language, whose names fall back to English where there are none), else the best of
 * those offered by {@code Accept-Language} (RFC 4647 lookup), else English. Answers that depend on it say so with
 * {@code Content-Language} and {@code Vary: Accept-Language} ({@link HttpCaching}).
 */
public final class ContentLanguage {

    /** The languages answers are fully written in. */
    public static final List<String> OFFERED = List.of("en", "fr", "es");
    public static final String DEFAULT = "en";

    private ContentLanguage() {
    }

    /**
     * For an answer that only names things (the taxonomy): {@code lang}, which must then be one code, else
     * Accept-Language; a 400 naming lang otherwise.
     */
    public static String named(List<String> lang, HttpHeaders headers) {
        List<String> values = ParamChecks.values(lang == null ? List.of() : lang);
        if (values.isEmpty()) {
            return accepted(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        }
        ParamChecks checks = new ParamChecks();
        checks.require("lang", values, one -> one.size() == 1 && LanguageCode.Check.isLanguageCode(one.get(0)),
                "must be one ISO 639-1 language code such as fr");
        checks.throwIfAny();
        return values.get(0).toLowerCase(Locale.ROOT);
    }

    /** For a news answer, whose lang filters (several may be given): the one it names, else Accept-Language. */
    public static String of(UriInfo uri, HttpHeaders headers) {
        List<String> asked = ParamChecks.values(uri.getQueryParameters().getOrDefault("lang", List.of()));
        if (asked.size() == 1 && LanguageCode.Check.isLanguageCode(asked.get(0))) {
            return asked.get(0).toLowerCase(Locale.ROOT);
        }
        return accepted(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The best offered language an Accept-Language header accepts; English for none, or for a malformed header. */
    static String accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return tag == null ? DEFAULT : tag;
        } catch (IllegalArgumentException e) {
            return DEFAULT; // a header that is not a language-range list is ignored, as a missing one
        }
    }
}
