package org.newsdesk.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Values for a parameter or field, drawn from one seeded Random (so a run replays exactly): valid ones
 * from the schema (examples, enums, defaults, numeric ranges) and invalid ones (wrong types, out of range,
 * huge, empty, arbitrary unicode).
 */
final class SpecValues {

    private static final List<String> WRONG = List.of("abc", "-1", "0", "1.5", "true", "null", "[]", "{}",
            "2022-13", "2022-02-30", "99999-01-01", HostileInputs.HUGE_NUMBER, "-" + HostileInputs.HUGE_NUMBER, "");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";

    private final Random random;

    SpecValues(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    long nextLong() {
        return random.nextLong();
    }

    /** Letters, digits and hyphens. */
    String word(int maxLength) {
        StringBuilder word = new StringBuilder();
        for (int i = between(1, maxLength); i > 0; i--) {
            word.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return word.toString();
    }

    /** Any UTF-16 units: controls, surrogates (lone ones too), right-to-left, emoji halves. */
    String unicode(int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength + 1); i > 0; i--) {
            text.append((char) (chance(0.5) ? random.nextInt(0x80) : random.nextInt(0x10000)));
        }
        return text.toString();
    }

    /** A value the schema documents as valid (for arrays, of its items); null when it documents none. */
    String valid(JsonNode parameter, JsonNode schema) {
        List<String> known = new ArrayList<>();
        collect(parameter.path("example"), known);
        parameter.path("examples").forEach(example -> collect(example.path("value"), known));
        JsonNode values = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
        for (JsonNode source : List.of(schema, values)) {
            collect(source.path("example"), known);
            source.path("examples").forEach(example -> collect(example, known));
            source.path("enum").forEach(value -> collect(value, known));
            collect(source.path("default"), known);
        }
        if (values.path("type").asText().equals("integer")) {
            int min = values.path("minimum").asInt(1);
            int max = values.path("maximum").asInt(Math.max(min, 100));
            known.add(Integer.toString(between(min, max)));
        }
        return known.isEmpty() ? null : pick(known);
    }

    /** A value the schema does not allow, or one that no schema could foresee. */
    String invalid(JsonNode schema) {
        JsonNode values = schema.path("type").asText().equals("array") ? schema.path("items") : schema;
        return switch (random.nextInt(5)) {
            case 0 -> values.has("maximum") ? Long.toString(values.get("maximum").asLong() + 1 + random.nextInt(1000))
                    : pick(WRONG);
            case 1 -> values.has("minimum") ? Long.toString(values.get("minimum").asLong() - 1 - random.nextInt(1000))
                    : pick(WRONG);
            case 2 -> unicode(40);
            case 3 -> word(30).repeat(between(1, 60));
            default -> pick(WRONG);
        };
    }

    /** Printable ASCII only: a header value cannot carry anything else. */
    String headerSafe(String value) {
        return value.chars().filter(c -> c >= 0x20 && c < 0x7f).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static void collect(JsonNode value, List<String> into) {
        if (value.isArray()) {
            value.forEach(item -> collect(item, into));
        } else if (value.isValueNode() && !value.isNull() && !value.isMissingNode()) {
            into.add(value.asText());
        }
    }
}
