package org.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.platform.openapi.OpenApiDocument;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Swagger UI in headless Chromium, as a new user tries the API: every GET operation of the document (read from it,
 * so that a new one is covered at once) answers 2xx with a body to Try it out and Execute with the pre-filled
 * examples, and Authorize sends the token with the operations that take one.
 */
@QuarkusTest
@NeedsChromium
class SwaggerUiBrowserIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    /** Dev mode's address, which oEmbed's url example names: this test's service runs on another port. */
    private static final String EXAMPLE_SITE = "http://localhost:8080/";

    /** A GET operation of the document: its block in Swagger UI and what Execute needs. */
    record ReadOperation(String path, String blockId, boolean needsToken, List<String> siteAddressParameters) {
    }

    @Test
    void everyReadAnswersWithDataFromItsPrefilledExamples() throws IOException {
        List<ReadOperation> reads = readOperations();
        assertTrue(reads.stream().anyMatch(read -> read.path().equals("/api/v1/news")), reads.toString());
        openSwaggerUi();
        for (ReadOperation read : reads.stream().filter(read -> !read.needsToken()).toList()) {
            assertAnswersWithData(read, execute(read));
        }
        authorize(editorToken());
        for (ReadOperation read : reads.stream().filter(ReadOperation::needsToken).toList()) {
            assertAnswersWithData(read, execute(read));
        }
        SESSION.browser().script("arguments[0].scrollIntoView()", block(reads.get(0)));
        SESSION.browser().screenshot("swagger-ui-reads");
    }

    @Test
    void authorizeSendsTheTokenWithTheEditorsList() throws IOException {
        ReadOperation list = readOperations().stream().filter(read -> read.path().equals("/api/v1/news"))
                .findFirst().orElseThrow();
        openSwaggerUi();
        tryItOut(list);
        WebElement status = block(list).findElement(By.cssSelector("tr[data-param-name='status']"));
        status.findElement(By.cssSelector("button.json-schema-form-item-add")).click();
        replace(status.findElement(By.cssSelector("input")), "draft");
        assertEquals(401, execute(list).status(), "status=draft without a token");

        authorize(editorToken());
        block(list).findElement(By.cssSelector("button.btn-clear")).click();
        Answer answer = execute(list);
        assertEquals(200, answer.status(), "status=draft after Authorize: " + answer.body());
        assertTrue(answer.body().contains("\"items\""), answer.body());
        SESSION.browser().script("arguments[0].scrollIntoView()",
                block(list).findElement(By.cssSelector(".live-responses-table")));
        SESSION.browser().screenshot("swagger-ui-authorized");
    }

    /** The status and body that Swagger UI's response panel shows. */
    record Answer(int status, String body) {
    }

    private static void assertAnswersWithData(ReadOperation read, Answer answer) {
        assertTrue(answer.status() >= 200 && answer.status() < 300, read.path() + " answered " + answer);
        assertFalse(answer.body().isBlank(), read.path() + " answered an empty body");
    }

    private List<ReadOperation> readOperations() throws IOException {
        JsonNode spec = OpenApiDocument.tree();
        List<ReadOperation> reads = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String tag = get.path("tags").path(0).asText("default");
            List<String> siteAddresses = new ArrayList<>();
            get.path("parameters").forEach(parameter -> {
                if (parameter.path("example").asText().startsWith(EXAMPLE_SITE)) {
                    siteAddresses.add(parameter.path("name").asText());
                }
            });
            reads.add(new ReadOperation(path.getKey(), "operations-" + tag + "-" + get.path("operationId").asText(),
                    needsToken(get.path("security")), siteAddresses));
        }
        return reads;
    }

    /** Whether every security requirement names a scheme: none is the empty one (anonymous allowed). */
    private static boolean needsToken(JsonNode security) {
        if (security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void openSwaggerUi() {
        SESSION.browser().driver().manage().window().setSize(new Dimension(1280, 1600));
        SESSION.browser().open(SESSION.service() + "/q/swagger-ui/");
        // Swagger UI keeps an authorization in localStorage: each test starts anonymous.
        SESSION.browser().script("window.localStorage.clear()");
        SESSION.browser().open(SESSION.service() + "/q/swagger-ui/");
        SESSION.browser().await(driver -> !driver.findElements(By.cssSelector(".opblock")).isEmpty());
    }

    private WebElement block(ReadOperation read) {
        return SESSION.browser().driver().findElement(By.id(read.blockId()));
    }

    private void tryItOut(ReadOperation read) {
        WebElement block = block(read);
        if (block.findElements(By.cssSelector("button.try-out__btn")).isEmpty()) {
            block.findElement(By.cssSelector(".opblock-summary-control")).click();
        }
        SESSION.browser().await(driver -> block.findElement(By.cssSelector("button.try-out__btn"))).click();
        for (String name : read.siteAddressParameters()) {
            WebElement input = block.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
            replace(input, SESSION.service() + "/" + input.getAttribute("value").substring(EXAMPLE_SITE.length()));
        }
    }

    /** Types over what the input holds (Swagger UI fills new array items with "string"), as a user would. */
    private static void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    /** Clicks Execute (after Try it out, if not on yet) and waits for the response panel. */
    private Answer execute(ReadOperation read) {
        WebElement block = block(read);
        if (block.findElements(By.cssSelector("button.execute")).isEmpty()) {
            tryItOut(read);
        }
        block.findElement(By.cssSelector("button.execute")).click();
        WebElement response = SESSION.browser().await(driver -> block.findElements(
                By.cssSelector(".live-responses-table tbody tr.response")).stream().findFirst().orElse(null));
        String status = response.findElement(By.cssSelector(".response-col_status")).getText().strip();
        List<WebElement> body = response.findElements(By.cssSelector(".response-col_description .highlight-code"));
        return new Answer(Integer.parseInt(status.replaceAll("\\D.*", "")),
                body.isEmpty() ? "" : body.get(0).getText());
    }

    private void authorize(String token) {
        SESSION.browser().find(".auth-wrapper button.authorize").click();
        WebElement dialog = SESSION.browser().await(driver -> driver.findElement(By.cssSelector(".modal-ux")));
        dialog.findElement(By.cssSelector("input")).sendKeys(token);
        dialog.findElement(By.cssSelector("button.modal-btn.authorize")).click();
        dialog.findElement(By.cssSelector("button.btn-done")).click();
    }

    private static String editorToken() {
        return given().queryParam("user", "alice").queryParam("roles", "editor").post("/dev/token").then()
                .statusCode(200).extract().path("accessToken");
    }
}
