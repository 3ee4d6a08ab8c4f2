package org.newsdesk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsdesk.fuzz.Answers.clip;
import static org.newsdesk.fuzz.RawHttpCorpus.CLOSE;
import static org.newsdesk.fuzz.RawHttpCorpus.FAMILIES;
import static org.newsdesk.fuzz.RawHttpCorpus.HOST;
import static org.newsdesk.fuzz.RawHttpCorpus.REFUSED;
import static org.newsdesk.fuzz.RawHttpCorpus.TOLERATED;
import static org.newsdesk.fuzz.RawHttpCorpus.UNPARSEABLE;
import static org.newsdesk.platform.http.RawHttp.getRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.fuzz.RawHttpCorpus.Unparseable;
import org.newsdesk.news.SampleSlugs;
import org.newsdesk.platform.http.RawHttp;
import org.newsdesk.platform.problem.LogCapture;

/**
 * Hostile requests at the HTTP level (request lines, methods, versions, targets, missing, duplicate and
 * malformed headers, extreme parameter values) against every route family. Whatever is sent: never a 5xx
 * and never an ERROR log. What the service refuses is a 4xx problem+json (an HTML page for a browser asking
 * for a page) with the request id in header and body; what it tolerates is answered as the plain request
 * is. Requests the HTTP layer cannot parse are refused there, before any route, with a bare 400, 414 or
 * 431 and a closed connection: no answer of ours can exist for them (see docs/security.md).
 */
@QuarkusTest
class RawHttpCorpusIT {

    private static final Pattern STATUS = Pattern.compile("^\\S+ (\\d{3}) ");
    private static final Pattern REQUEST_ID = Pattern.compile("(?im)^x-request-id: (\\S+)$");
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |org\\.hibernate|org\\.postgresql|io\\.vertx|java\\.lang|SQLState|\"stack\"");

    @RegisterExtension
    final LogCapture logs = new LogCapture();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    @Test
    void whatTheServiceRefusesIsA4xxOfItsOwn() throws IOException {
        for (Map.Entry<String, String> family : FAMILIES.entrySet()) {
            for (Map.Entry<String, Function<String, String>> attack : REFUSED.entrySet()) {
                String what = family.getKey() + ", " + attack.getKey();
                Reply answer = send(what, attack.getValue().apply(family.getValue()));
                if (answer != null && (answer.status < 400 || answer.status > 499)) {
                    failures.add(what + " -> " + answer.status);
                }
                ownBody(what, answer);
            }
        }
        finish();
    }

    @Test
    void harmlessNonsenseIsAnsweredAsThePlainRequest() throws IOException {
        for (Map.Entry<String, String> family : FAMILIES.entrySet()) {
            Reply plain = send(family.getKey(), getRequest(family.getValue(), ""));
            for (Map.Entry<String, Function<String, String>> attack : TOLERATED.entrySet()) {
                String what = family.getKey() + ", " + attack.getKey();
                Reply answer = send(what, attack.getValue().apply(family.getValue()));
                if (answer != null && answer.status != plain.status && (answer.status < 400 || answer.status > 499)) {
                    failures.add(what + " -> " + answer.status + " (plain: " + plain.status + ")");
                }
                ownBody(what, answer);
            }
        }
        finish();
    }

    @Test
    void whatCannotBeParsedIsRefusedBeforeAnyRoute() throws IOException {
        for (Map.Entry<String, String> family : FAMILIES.entrySet()) {
            for (Unparseable attack : UNPARSEABLE) {
                String what = family.getKey() + ", " + attack.name();
                Reply answer = send(what, attack.request().apply(family.getValue()));
                if (answer != null && answer.status != attack.status()) {
                    failures.add(what + " -> " + answer.status + ", not " + attack.status());
                }
            }
        }
        finish();
    }

    @Test
    void browsersAskingForPagesGetHtmlRefusals() throws IOException {
        String browser = "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n";
        for (String path : new String[] {"/", "/news/" + SampleSlugs.NEWEST, "/embed/news"}) {
            for (String request : new String[] {
                "GET " + path + " HTTP/1.1\r\n" + HOST + "Host: evil.example\r\n" + browser + CLOSE,
                "GET /x/.." + path + " HTTP/1.1\r\n" + HOST + browser + CLOSE,
                "POST " + path + " HTTP/1.1\r\n" + HOST + browser + "Content-Length: 0\r\n" + CLOSE,
                "GET " + path + " HTTP/1.2\r\n" + HOST + browser + CLOSE}) {
                Reply answer = send(path, request);
                if (answer != null && (answer.status < 400 || answer.status > 499
                        || !answer.contentType().startsWith("text/html") || answer.requestId == null)) {
                    failures.add(request.lines().findFirst().orElse("") + " (browser) -> " + answer.status + " "
                            + answer.contentType());
                }
            }
        }
        finish();
    }

    /** Every typed parameter of the pages and the embeds, with values that have broken services before. */
    @Test
    void pagesWithstandExtremeParameterValues() throws IOException {
        String[] parameters = {"month", "year", "from", "to", "page", "size", "cursor", "topic", "country", "region",
            "type", "q", "limit"};
        for (String path : new String[] {"/", "/embed/news", "/embed/demo"}) {
            for (String parameter : parameters) {
                for (String value : HostileInputs.ENCODED) {
                    String what = path + "?" + parameter + "=" + value;
                    Reply answer = send(what, getRequest(what, "Accept: text/html\r\n"));
                    if (answer != null && answer.status != 200 && answer.status != 400) {
                        failures.add(what + " -> " + answer.status);
                    } else if (answer != null && !answer.contentType().startsWith("text/html")) {
                        failures.add(what + " -> " + answer.contentType() + ", not HTML");
                    }
                }
            }
        }
        finish();
    }

    /** Sends one request; a 5xx or a leak is a failure, and so is an answer that never comes. */
    private Reply send(String what, String request) throws IOException {
        sent++;
        RawHttp.Answer answer;
        try {
            answer = RawHttp.send(RestAssured.port, request);
        } catch (IOException | RuntimeException e) {
            failures.add(what + " -> no answer: " + e);
            return null;
        }
        Reply result = new Reply(answer);
        if (result.status >= 500) {
            failures.add(what + " -> " + result.status + " " + clip(answer.body()));
        } else if (LEAK.matcher(answer.body()).find()) {
            failures.add(what + " -> leaks: " + clip(answer.body()));
        }
        return result;
    }

    /** A 4xx of the service's own: problem+json or an HTML page, with the request id in the header and body. */
    private void ownBody(String what, Reply answer) {
        if (answer == null || answer.status < 400) {
            return;
        }
        if (answer.requestId == null) {
            failures.add(what + " -> " + answer.status + " without X-Request-Id");
        } else if (answer.contentType().startsWith("application/problem+json")) {
            String id = JsonPath.from(answer.answer.body()).getString("requestId");
            if (!answer.requestId.equals(id)) {
                failures.add(what + " -> problem with requestId " + id + ", header " + answer.requestId);
            }
        } else if (!answer.contentType().startsWith("text/html")) {
            failures.add(what + " -> " + answer.status + " as " + answer.contentType());
        }
    }

    private void finish() {
        List<String> errors = logs.records().stream().filter(r -> r.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(r -> r.getLoggerName() + ": " + r.getFormattedMessage()).toList();
        System.out.println("raw HTTP corpus: " + sent + " requests");
        assertEquals(List.of(), failures);
        assertEquals(List.of(), errors);
    }

    /** An answer with its status (whatever version its status line echoes), content type and request id. */
    private static final class Reply {
        final RawHttp.Answer answer;
        final int status;
        final String requestId;

        Reply(RawHttp.Answer answer) {
            this.answer = answer;
            Matcher status = STATUS.matcher(answer.head());
            this.status = status.find() ? Integer.parseInt(status.group(1)) : -1;
            Matcher id = REQUEST_ID.matcher(answer.head());
            this.requestId = id.find() ? id.group(1) : null;
        }

        String contentType() {
            Matcher type = Pattern.compile("(?im)^content-type: *(.+)$").matcher(answer.head());
            return type.find() ? type.group(1).strip().toLowerCase(Locale.ROOT) : "";
        }
    }
}
