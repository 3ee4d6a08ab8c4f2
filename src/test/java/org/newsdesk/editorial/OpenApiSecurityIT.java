package org.newsdesk.editorial;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsdesk.editorial.NewsWrites.Endpoint;
import org.newsdesk.platform.openapi.OpenApiDocument;

/** The security the OpenAPI document describes: the bearer scheme, and who may call each write and read. */
@QuarkusTest
class OpenApiSecurityIT {

    @Test
    void openApiDocumentsTheBearerScheme() {
        JsonPath spec = OpenApiDocument.jsonPath();
        assertThat(spec.getMap("components.securitySchemes.bearer"), allOf(
                hasEntry("type", "http"), hasEntry("scheme", "bearer"), hasEntry("bearerFormat", "JWT")));
    }

    @ParameterizedTest
    @EnumSource(value = Endpoint.class, names = {"CREATE", "REPLACE", "PATCH", "RETIRE"})
    void openApiDocumentsTheSecurityAndErrorsOfEachWrite(Endpoint endpoint) {
        JsonPath spec = OpenApiDocument.jsonPath();
        String operation = "paths.'" + (endpoint == Endpoint.CREATE ? "/api/v1/news" : "/api/v1/news/{slug}") + "'."
                + endpoint.method.toLowerCase();
        List<Map<String, List<String>>> security = spec.getList(operation + ".security");
        assertThat(endpoint.name(), security, hasItem(hasKey("bearer")));
        Map<String, Object> responses = spec.getMap(operation + ".responses");
        assertThat(endpoint.name(), responses, allOf(hasKey("401"), hasKey("403")));
        if (endpoint.hasBody) {
            assertThat(endpoint.name(), responses, hasKey("400"));
        }
        if (endpoint == Endpoint.CREATE) {
            assertThat(responses, hasKey("422"));
        } else {
            assertThat(endpoint.name(), responses, allOf(hasKey("412"), hasKey("428")));
        }
    }

    @Test
    void openApiLetsAnyoneReadAndEditorsReadWithTheirToken() {
        JsonPath spec = OpenApiDocument.jsonPath();
        for (String read : List.of("paths.'/api/v1/news'.get.security", "paths.'/api/v1/news/{slug}'.get.security")) {
            // Anonymous (the empty requirement) or bearer: Swagger UI's Authorize then sends the token.
            assertEquals(List.of(Map.of(), Map.of("bearer", List.of())), spec.getList(read), read);
        }
        assertEquals(List.of(), spec.getList("paths.'/api/v1/topics'.get.security"), "a read no token changes");
    }
}
