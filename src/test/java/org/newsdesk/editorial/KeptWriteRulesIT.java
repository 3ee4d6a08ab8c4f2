package org.newsdesk.editorial;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.newsdesk.editorial.NewsWrites.image;
import static org.newsdesk.editorial.NewsWrites.read;
import static org.newsdesk.editorial.NewsWrites.valid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.editorial.NewsWrites.Created;
import org.newsdesk.news.NewsFixture;

/**
 * Bodies within the rules of NewsWrite, at their limits too, are created; countries are stored in capitals
 * and an https image as written.
 */
@QuarkusTest
class KeptWriteRulesIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final NewsWrites writes = new NewsWrites(news);

    static Stream<Arguments> keptRules() {
        return Stream.of(
                Arguments.of("title of 300 characters", valid(b -> b.put("title", "T".repeat(292) + " "
                        + UUID.randomUUID().toString().substring(0, 7)))),
                Arguments.of("title in many scripts", valid(b -> b.put("title", "Réforme — 年金 — пенсия — "
                        + UUID.randomUUID()))),
                Arguments.of("summary of 2000 characters with line breaks and tabs", valid(b -> {
                    String lines = "line one\r\nline two\n\tindented ";
                    b.put("summary", lines + "s".repeat(2000 - lines.length()));
                })),
                Arguments.of("body of 200000 characters", valid(b -> b.put("body", "b".repeat(200_000)))),
                Arguments.of("every type", valid(b -> b.put("type", "press-release"))),
                Arguments.of("a statement as an explicit draft", valid(b -> {
                    b.put("type", "statement");
                    b.put("status", "draft");
                })),
                Arguments.of("countries in any case", valid(b -> b.put("countries", List.of("th", "Pt")))),
                Arguments.of("known tags", valid(b -> {
                    b.put("topics", List.of("pensions", "covid-19"));
                    b.put("regions", List.of("asia-pacific"));
                })),
                Arguments.of("image over https", valid(b -> b.put("image", image("https://example.org/a.jpg", "Alt",
                        "\u00A9 Someone 2024")))),
                Arguments.of("image over http in capitals", valid(b -> b.put("image", image("HTTP://EXAMPLE.ORG/A.JPG",
                        null, null)))),
                Arguments.of("slug of 120 characters", valid(b -> b.put("slug", "s".repeat(83) + "-"
                        + UUID.randomUUID()))),
                Arguments.of("optional fields null", valid(b -> {
                    b.put("slug", null);
                    b.put("body", null);
                    b.put("type", null);
                    b.put("status", null);
                    b.put("image", null);
                    b.put("topics", null);
                    b.put("countries", null);
                    b.put("regions", null);
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptRules")
    void bodiesWithinTheRulesAreCreated(String name, Map<String, Object> body) {
        writes.post(body).then().statusCode(201).contentType("application/json");
    }

    @Test
    void countriesAreStoredInCapitals() {
        Created item = writes.create(valid(b -> b.put("countries", List.of("th", "pT"))));
        assertThat(read(item.slug()).jsonPath().getList("countries.code"), containsInAnyOrder("TH", "PT"));
    }

    @Test
    void anHttpsImageIsKept() {
        Created item = writes.create(valid(b -> b.put("image", image("https://example.org/images/a.jpg", "An alt text",
                "\u00A9 Credit"))));
        read(item.slug()).then()
                .body("image.url", is("https://example.org/images/a.jpg"))
                .body("image.alt", is("An alt text"))
                .body("image.credit", is("\u00A9 Credit"));
    }
}
