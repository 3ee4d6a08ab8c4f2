package org.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hamcrest.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Fetching and reading the public pages in tests, and what the sample page says they must show. */
final class WebPages {

    static final String PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    static final String EMBED_CSP = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors *";
    static final String DEMO_CSP = "default-src 'none'; style-src 'self'; img-src 'self' https: data:; "
            + "form-action 'self'; base-uri 'none'; frame-src 'self'; frame-ancestors 'none'";
    /** The Content-Type of every page (the framework may or may not put a space before charset). */
    static final Matcher<String> HTML = matchesPattern("text/html; ?charset=UTF-8");

    private static final Pattern MONTH = Pattern.compile("^([A-Z][a-z]+ \\d{4})$");
    private static final Pattern ITEM_START = Pattern.compile("^\\s+\\d+\\.\\s+(.+)$");

    private WebPages() {
    }

    /** Where the service under test answers, as its absolute links start. */
    static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Response fetch(String path) {
        return given().urlEncodingEnabled(false).redirects().follow(false).get(path);
    }

    /** A page that must answer 200 as HTML. */
    static Document page(String path) {
        Response response = fetch(path);
        response.then().statusCode(200).header("Content-Type", HTML);
        return Jsoup.parse(response.asString(), base() + path);
    }

    static Document parse(Response response) {
        return Jsoup.parse(response.asString(), base());
    }

    static String meta(Document page, String property) {
        Element meta = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return meta == null ? null : meta.attr("content");
    }

    static String link(Document page, String type) {
        Element link = page.selectFirst("link[rel=alternate][type=" + type + "]");
        return link == null ? null : link.attr("href");
    }

    /** The item titles under each month heading of a list page, in page order. */
    static Map<String, List<String>> months(Document page) {
        Map<String, List<String>> months = new LinkedHashMap<>();
        for (Element section : page.select("main section.month")) {
            months.put(section.selectFirst("h2").text(), section.select("h3").eachText());
        }
        return months;
    }

    /** Month heading to item titles, as printed on the sample page (within a day, order may differ). */
    static Map<String, List<String>> sampleMonths() {
        Map<String, List<String>> months = new LinkedHashMap<>();
        List<String> lines = lines("sample/news-and-features.txt");
        String month = null;
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher heading = MONTH.matcher(lines.get(i));
            java.util.regex.Matcher item = ITEM_START.matcher(lines.get(i));
            if (heading.matches()) {
                month = heading.group(1);
                months.put(month, new ArrayList<>());
            } else if (item.matches()) {
                String title = item.group(1).strip();
                if (title.startsWith("©")) {
                    // A photo credit comes first; the title is the next line with text.
                    do {
                        title = lines.get(++i).strip();
                    } while (title.isEmpty());
                }
                months.get(month).add(title);
            }
        }
        return months;
    }

    /** The title starts of the sample items whose tagging has this value in this column (topics, countries_iso2). */
    static List<String> sampleTagged(String column, String value) {
        List<String> lines = lines("sample/tagging.tsv");
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int titleColumn = header.indexOf("title_starts_with");
        int tagColumn = header.indexOf(column);
        return lines.stream().skip(1).map(line -> line.split("\t", -1))
                .filter(cells -> cells.length > tagColumn && Arrays.asList(cells[tagColumn].split(" ")).contains(value))
                .map(cells -> cells[titleColumn]).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = WebPages.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
