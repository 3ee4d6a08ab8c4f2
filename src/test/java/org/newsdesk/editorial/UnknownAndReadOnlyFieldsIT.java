package org.newsdesk.editorial;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.newsdesk.editorial.NewsWrites.invalid;
import static org.newsdesk.editorial.NewsWrites.patch;
import static org.newsdesk.editorial.NewsWrites.read;
import static org.newsdesk.editorial.NewsWrites.valid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.editorial.NewsWrites.Created;
import org.newsdesk.news.NewsFixture;

/**
 * Strict JSON: fields NewsWrite does not have and the read-only fields of an item are refused and named, on
 * create and in a patch, which then changes nothing.
 */
@QuarkusTest
class UnknownAndReadOnlyFieldsIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final NewsWrites writes = new NewsWrites(news);

    @Test
    void unknownFieldsAreNamed() {
        invalid(writes.post(valid(b -> {
            b.put("headline", "x");
            b.put("Title", "x");
            b.put("author", "mallory");
        })))
                .body("violations.field", containsInAnyOrder("headline", "Title", "author"))
                .body("violations.message", everyItem(is("is not a field of this resource")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "createdAt", "updatedAt", "revision", "links"})
    void aReadOnlyFieldIsRefusedOnCreate(String field) {
        invalid(writes.post(valid(b -> b.put(field, field.equals("links") ? Map.of("self", "https://evil.example")
                : field.endsWith("At") ? "2020-01-01T00:00:00Z" : 7))), field, "is read-only")
                .body("violations", hasSize(1));
    }

    @Test
    void readOnlyAndUnknownFieldsAreReportedTogether() {
        invalid(writes.post(valid(b -> {
            b.put("id", 1);
            b.put("revision", 99);
            b.put("links", null);
            b.put("colour", "red");
        })))
                .body("violations.field", containsInAnyOrder("id", "revision", "links", "colour"))
                .body("violations.find { it.field == 'colour' }.message", is("is not a field of this resource"))
                .body("violations.find { it.field == 'id' }.message", startsWith("is read-only"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "createdAt", "updatedAt", "revision", "links"})
    void aReadOnlyFieldIsRefusedInAPatchEvenAsNull(String field) {
        Created item = writes.create(valid());
        for (String value : List.of("null", field.equals("links") ? "{}" : "1")) {
            invalid(patch(item, "{\"" + field + "\":" + value + "}"), field, "is read-only");
        }
        assertThat(read(item.slug()).header("ETag"), is(item.etag()));
    }

    @Test
    void anUnknownFieldIsRefusedInAPatch() {
        Created item = writes.create(valid());
        invalid(patch(item, "{\"headline\":\"x\",\"summary\":\"changed\"}"), "headline",
                "is not a field of this resource");
        read(item.slug()).then().body("summary", is("A summary.")).header("ETag", item.etag());
    }
}
