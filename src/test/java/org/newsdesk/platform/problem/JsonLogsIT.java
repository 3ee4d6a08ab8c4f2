package org.newsdesk.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.editorial.Tokens;

/**
 * With JSON logs on (LOG_JSON=true sets quarkus.log.console.json.enabled), the console writes one JSON
 * object per line with the request id from the MDC, and never the caller's token.
 */
@QuarkusTest
@TestProfile(JsonLogsIT.JsonLogs.class)
class JsonLogsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The test profile keeps readable lines; this one switches JSON on as LOG_JSON does in production. */
    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.log.console.json.enabled", "true");
        }
    }

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @Test
    void theConsoleWritesOneJsonObjectPerLineWithTheRequestIdAndNoToken() throws Exception {
        String requestId = "json-log-" + System.nanoTime();
        // A valid token (no role): an invalid one would be refused with 401 before the failure.
        String token = Tokens.reader();
        String errorId = given().header("X-Request-Id", requestId).header("Authorization", token)
                .get("/test-only/failure").then().statusCode(500).extract().path("errorId");
        Formatter console = consoleFormatter();
        List<String> lines = logs.records().stream().map(console::format).toList();
        List<String> failure = lines.stream().filter(line -> line.contains(errorId)).toList();
        assertThat(failure, hasSize(1));

        String line = failure.get(0);
        assertThat("one line", line.strip().lines().count(), is(1L));
        JsonNode event = JSON.readTree(line);
        assertEquals("ERROR", event.path("level").asText());
        assertThat(event.path("message").asText(), startsWith("Unexpected error " + errorId + " (request " + requestId));
        assertEquals(requestId, event.path("mdc").path("requestId").asText());
        assertThat(event.path("loggerName").asText(), is("org.newsdesk.platform.problem.ProblemMappers"));
        assertThat(lines.toString(), not(containsString(token.substring("Bearer ".length()))));
    }

    /** The formatter of the console handler, wherever Quarkus nested it. */
    private static Formatter consoleFormatter() {
        List<Handler> handlers = new ArrayList<>(List.of(Logger.getLogger("").getHandlers()));
        for (int i = 0; i < handlers.size(); i++) {
            Handler handler = handlers.get(i);
            if (handler instanceof ConsoleHandler) {
                return handler.getFormatter();
            }
            if (handler instanceof ExtHandler ext) {
                handlers.addAll(List.of(ext.getHandlers()));
            }
        }
        throw new AssertionError("no console handler among " + handlers);
    }
}
