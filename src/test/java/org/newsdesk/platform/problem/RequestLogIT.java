package org.newsdesk.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.editorial.Tokens;

/** What a failing request leaves in the log: its ids, method and path, with the request id in the MDC; no token. */
@QuarkusTest
class RequestLogIT {

    /** Looks like a bearer token, and must never be logged. */
    private static final String TOKEN = "eyJsecret.token-" + System.nanoTime();

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    /** Each record as its message, MDC and stack trace. */
    private List<String> lines() {
        return logs.records().stream().map(record -> {
            StringWriter text = new StringWriter();
            text.append(record.getFormattedMessage()).append(" mdc=").append(String.valueOf(record.getMdcCopy()));
            if (record.getThrown() != null) {
                record.getThrown().printStackTrace(new PrintWriter(text));
            }
            return text.toString();
        }).toList();
    }

    @Test
    void anUnexpectedErrorIsLoggedWithItsErrorIdAndTheRequestId() {
        String requestId = "log-test-" + System.nanoTime();
        // A valid token (no role): an invalid one would be refused with 401 before the failure.
        String token = Tokens.reader();
        String errorId = given().header("X-Request-Id", requestId).header("Authorization", token)
                .get("/test-only/failure").then().statusCode(500).extract().path("errorId");
        List<String> lines = lines();
        List<String> logged = lines.stream().filter(line -> line.contains(errorId)).toList();
        assertEquals(1, logged.size(), () -> "one log record names the error: " + lines);
        assertThat(logged.get(0), containsString("Unexpected error " + errorId + " (request " + requestId
                + ") on GET /test-only/failure mdc={requestId=" + requestId));
        assertThat(lines.toString(), not(containsString(token.substring("Bearer ".length()))));
    }

    @Test
    void aRefusedTokenIsNotLogged() {
        given().header("Authorization", "Bearer " + TOKEN).contentType("application/json").body("{}")
                .post("/api/v1/news").then().statusCode(401).body("status", is(401));
        given().header("Authorization", "Bearer " + TOKEN).get("/test-only/failure").then().statusCode(401);
        given().header("Authorization", Tokens.reader()).get("/test-only/failure").then().statusCode(500);
        assertThat("the failure was logged", lines().toString(), containsString("Unexpected error"));
        assertThat(lines().toString(), not(containsString(TOKEN)));
    }
}
