package org.newsdesk.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.newsdesk.news.ListParams;
import org.newsdesk.news.NewsFilterParams;
import org.newsdesk.platform.http.ParamChecks;

/**
 * The filters and position of a public page as sent, under the API's parameter names. Only these are
 * read: an editor's {@code status} or a {@code sort} in the address never reach the service, so the pages
 * always show the public view, newest first (month headings need date order, searches included).
 */
public record WebQuery(List<String> topic, List<String> country, List<String> region, List<String> type,
        List<String> lang, String q, String month, String year, String from, String to, String page, String size,
        String cursor) {

    public static WebQuery from(MultivaluedMap<String, String> params) {
        return new WebQuery(values(params, "topic", false), values(params, "country", true),
                values(params, "region", false), values(params, "type", false), values(params, "lang", false),
                text(params, "q"),
                text(params, "month"), text(params, "year"), text(params, "from"), text(params, "to"),
                text(params, "page"), text(params, "size"), text(params, "cursor"));
    }

    /** The same filters on another month, without the other date limits (which might exclude it). */
    public WebQuery inMonth(String otherMonth) {
        return new WebQuery(topic, country, region, type, lang, q, otherMonth, null, null, null, null, size, null);
    }

    /** The same list in one language (or in all, for null) from its first page: a language switch's link. */
    public WebQuery inLanguage(String code) {
        return new WebQuery(topic, country, region, type, code == null ? List.of() : List.of(code), q, month, year,
                from, to, null, size, null);
    }

    /** The same filters at every date: what the month archive counts. */
    public WebQuery anyDate() {
        return new WebQuery(topic, country, region, type, lang, q, null, null, null, null, null, null, null);
    }

    /** Only the topic, country, region and language filters: what an embedded list is chosen by on the demo page. */
    public WebQuery tagsOnly() {
        return new WebQuery(topic, country, region, List.of(), lang, null, null, null, null, null, null, null, null);
    }

    /** The filters of an embedded list with its length, such as "topic=pensions&limit=5". */
    public String embedQuery(Integer limit) {
        String filters = filterQuery();
        String length = limit == null ? "" : "limit=" + limit;
        return filters.isEmpty() || length.isEmpty() ? filters + length : filters + "&" + length;
    }

    /** Whether a date filter (month, year, from, to) narrows the list. */
    public boolean dated() {
        return month != null || year != null || from != null || to != null;
    }

    /** Whether a filter other than the language narrows the list (the language is kept when they are cleared). */
    public boolean filtered() {
        return !filterQuery().equals(languageOnly().filterQuery());
    }

    /** Only the language filter: the list with the others cleared. */
    public WebQuery languageOnly() {
        return new WebQuery(List.of(), List.of(), List.of(), List.of(), lang, null, null, null, null, null, null, null,
                null);
    }

    public NewsFilterParams filterParams() {
        NewsFilterParams params = new NewsFilterParams();
        params.topic = topic;
        params.country = country;
        params.region = region;
        params.type = type;
        params.lang = lang;
        params.q = q;
        params.month = month;
        params.year = year;
        params.from = from;
        params.to = to;
        return params;
    }

    public ListParams listParams() {
        ListParams params = new ListParams();
        params.sort = "newest";
        params.page = page;
        params.size = size;
        params.cursor = cursor;
        return params;
    }

    /** The filters as a query string in a fixed order ("topic=pensions&country=TH&lang=fr"), empty without any. */
    public String filterQuery() {
        StringJoiner query = new StringJoiner("&");
        add(query, "topic", topic);
        add(query, "country", country);
        add(query, "region", region);
        add(query, "type", type);
        add(query, "lang", lang);
        add(query, "q", q);
        add(query, "month", month);
        add(query, "year", year);
        add(query, "from", from);
        add(query, "to", to);
        return query.toString();
    }

    /** The filters at a page number (1 is left out), keeping a size other than the default. */
    public String pageQuery(int number) {
        StringJoiner query = new StringJoiner("&");
        String filters = filterQuery();
        if (!filters.isEmpty()) {
            query.add(filters);
        }
        add(query, "size", size);
        add(query, "page", number > 1 ? Integer.toString(number) : null);
        return query.toString();
    }

    private static void add(StringJoiner query, String name, List<String> values) {
        if (!values.isEmpty()) {
            query.add(name + "=" + String.join(",", values.stream().map(WebQuery::encode).toList()));
        }
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + encode(value));
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Repeated and comma-separated values alike, as the API reads them; codes upper-case, slugs lower-case. */
    private static List<String> values(MultivaluedMap<String, String> params, String name, boolean upper) {
        return ParamChecks.values(params.getOrDefault(name, List.of())).stream()
                .map(value -> upper ? value.toUpperCase(Locale.ROOT) : value.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
    }

    private static String text(MultivaluedMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
