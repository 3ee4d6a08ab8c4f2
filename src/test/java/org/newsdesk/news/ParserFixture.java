package org.newsdesk.news;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.newsdesk.news.NewsFilterParser.ListRequest;
import org.newsdesk.platform.config.ServiceClock;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.problem.InvalidParametersException;
import org.newsdesk.platform.problem.Problem.Violation;
import org.newsdesk.taxonomy.Vocabulary;

/**
 * A {@link NewsFilterParser} without Quarkus or a database: a vocabulary answered from maps, a fixed clock and a
 * known cursor key. Requests are written as query strings, decoded as the server decodes them.
 */
final class ParserFixture {

    /** The clock's instant is still 30 April in UTC but already 1 May in Bangkok: today is the zone's date. */
    static final LocalDate TODAY = LocalDate.of(2024, 5, 1);
    static final ReadSession SESSION = new ReadSession(null);
    static final Map<String, Long> TOPICS = Map.of("pensions", 1L, "children", 2L);
    static final Map<String, Long> REGIONS = Map.of("asia-pacific", 10L, "africa", 11L);
    static final Set<String> COUNTRIES = Set.of("TH", "ID", "PT", "JO", "LB");

    final CursorCodec cursors = new CursorCodec("a key of thirty-two bytes, exact".getBytes(StandardCharsets.UTF_8));
    final FakeVocabulary vocabulary = new FakeVocabulary();
    final NewsFilterParser parser = new NewsFilterParser(vocabulary, cursors,
            new ServiceClock(Clock.fixed(Instant.parse("2024-04-30T20:00:00Z"), ZoneId.of("Asia/Bangkok"))));

    NewsFilter filter(String query) {
        return parser.filter(SESSION, filterParams(query));
    }

    ListRequest list(String query) {
        return parser.listRequest(SESSION, filterParams(query), listParams(query));
    }

    /** The violations of {@link NewsFilterParser#filter}, which must refuse the query. */
    List<Violation> filterViolations(String query) {
        return violations(() -> filter(query));
    }

    /** The violations of {@link NewsFilterParser#listRequest}, which must refuse the query. */
    List<Violation> listViolations(String query) {
        return violations(() -> list(query));
    }

    static List<Violation> violations(Executable parse) {
        return assertThrows(InvalidParametersException.class, parse).violations();
    }

    static Violation violation(String field, String message) {
        return new Violation(field, message);
    }

    static NewsFilterParams filterParams(String query) {
        return fill(new NewsFilterParams(), query);
    }

    static ListParams listParams(String query) {
        return fill(new ListParams(), query);
    }

    /** The parameters of {@code query} that {@code params} has a field for; list fields take every occurrence. */
    @SuppressWarnings("unchecked")
    private static <T> T fill(T params, String query) {
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals);
            String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            try {
                Field field = params.getClass().getField(name);
                if (field.getType() == List.class) {
                    if (field.get(params) == null) {
                        field.set(params, new ArrayList<String>());
                    }
                    ((List<String>) field.get(params)).add(value);
                } else {
                    field.set(params, value);
                }
            } catch (NoSuchFieldException e) {
                // A parameter of the other class.
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return params;
    }

    /** Answers from the maps above and keeps what it was asked, in order. */
    static final class FakeVocabulary extends Vocabulary {

        final List<String> lookups = new ArrayList<>();

        FakeVocabulary() {
            super(null, null, null, null, null);
        }

        @Override
        public Map<String, Long> topicIds(ReadSession session, Collection<String> slugs) {
            return known("topic", TOPICS, slugs);
        }

        @Override
        public Map<String, Long> regionIds(ReadSession session, Collection<String> slugs) {
            return known("region", REGIONS, slugs);
        }

        @Override
        public Set<String> existingCountryCodes(ReadSession session, Collection<String> codes) {
            lookups.add("country " + String.join(",", codes));
            return codes.stream().filter(COUNTRIES::contains).collect(Collectors.toSet());
        }

        private Map<String, Long> known(String kind, Map<String, Long> entries, Collection<String> slugs) {
            lookups.add(kind + " " + String.join(",", slugs));
            return slugs.stream().filter(entries::containsKey).collect(Collectors.toMap(slug -> slug, entries::get));
        }
    }
}
