package org.newsdesk.editorial;

import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.newsdesk.editorial.NewsWrites.invalid;
import static org.newsdesk.editorial.NewsWrites.valid;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.news.NewsFixture;

/** Tags must exist: unknown topics, countries and regions are named in the 400, with the other problems. */
@QuarkusTest
class UnknownTagsIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final NewsWrites writes = new NewsWrites(news);

    @Test
    void unknownTagsAreNamedTogether() {
        Map<String, Object> body = valid(b -> {
            b.put("topics", List.of("pensions", "no-such-topic", "astrology"));
            b.put("countries", List.of("TH", "xx"));
            b.put("regions", List.of("atlantis"));
        });
        invalid(writes.post(body))
                .body("violations", hasSize(3))
                .body("violations.find { it.field == 'topics' }.message",
                        is("unknown topic 'no-such-topic', 'astrology'"))
                .body("violations.find { it.field == 'countries' }.message", is("unknown country 'XX'"))
                .body("violations.find { it.field == 'regions' }.message", is("unknown region 'atlantis'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"topics:no-such-topic:unknown topic 'no-such-topic'",
        "countries:QQ:unknown country 'QQ'", "countries:zz:unknown country 'ZZ'",
        "regions:no-such-region:unknown region 'no-such-region'"})
    void anUnknownTagIsNamed(String row) {
        String[] parts = row.split(":", 3);
        invalid(writes.post(valid(b -> b.put(parts[0], List.of(parts[1])))), parts[0], parts[2])
                .body("violations", hasSize(1))
                .body("violations[0].message", is(parts[2]));
    }

    /**
     * As the OpenAPI example of the 400 shows ("title: must not be blank; countries: unknown country 'XX'"):
     * a broken rule and an unknown tag in one answer.
     */
    @Test
    void aBrokenRuleAndAnUnknownTagAreReportedTogether() {
        invalid(writes.post(valid(b -> {
            b.put("title", "");
            b.put("countries", List.of("XX"));
        }))).body("violations.field", hasItems("title", "countries"));
    }
}
