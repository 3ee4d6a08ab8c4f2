package org.newsdesk.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsdesk.platform.problem.InvalidBodyException;
import org.newsdesk.platform.problem.Problem.Violation;

/**
 * Reads JSON request bodies strictly into request records: the body must be one JSON object, every
 * field must be known and writable, values must have the right type and pass Bean Validation. All
 * problems of a body are reported in one 400. Also applies JSON Merge Patch (RFC 7396).
 */
@ApplicationScoped
public class JsonBodies {

    /** The dates a body may carry: PostgreSQL has no year 0 and a four-digit year ends in 9999. */
    public static final String EARLIEST_DATE = "1900-01-01";
    public static final String LATEST_DATE = "9999-12-31";
    private static final LocalDate EARLIEST = LocalDate.parse(EARLIEST_DATE);
    private static final LocalDate LATEST = LocalDate.parse(LATEST_DATE);

    private final ObjectMapper strict;
    private final Validator validator;

    public JsonBodies(ObjectMapper json, Validator validator) {
        this.strict = json.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // Enum values by name only: 1 is not "feature".
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .registerModule(new SimpleModule("strict-dates").addDeserializer(LocalDate.class, new IsoDate()));
        // Text fields take JSON strings only: 42 or true is a mistake, not a title.
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        this.validator = validator;
    }

    /** The body as a JSON object in well-formed UTF-8; anything else is a 400. */
    public JsonNode parse(byte[] body) {
        WellFormedUnicode.malformedUtf8(body, strict.getFactory()).ifPresent(violation -> {
            throw new InvalidBodyException(List.of(violation));
        });
        JsonNode node;
        try {
            node = body.length == 0 ? null : strict.readTree(body);
        } catch (IOException e) {
            throw InvalidBodyException.of("body", "is not valid JSON" + location(e));
        }
        if (node == null || !node.isObject()) {
            throw InvalidBodyException.of("body", "must be a JSON object");
        }
        return node;
    }

    /** A patch may not name read-only fields, not even to null them. */
    public void refuseReadOnly(JsonNode object, Set<String> readOnly) {
        List<Violation> violations = new ArrayList<>();
        object.fieldNames().forEachRemaining(name -> {
            if (readOnly.contains(name)) {
                violations.add(new Violation(name, "is read-only: the service sets it"));
            }
        });
        throwIfAny(violations);
    }

    /**
     * The object as a {@code type} record, checked: fields named in {@code readOnly} (which the answers
     * carry but clients cannot set) and unknown fields are refused by name, then types, then constraints.
     */
    public <T extends Record> T read(JsonNode object, Class<T> type, Set<String> readOnly) {
        return read(object, type, readOnly, value -> List.of());
    }

    /**
     * As {@link #read(JsonNode, Class, Set)}, with checks of its own (such as "that topic exists") whose
     * problems are reported together with the constraint violations.
     */
    public <T extends Record> T read(JsonNode object, Class<T> type, Set<String> readOnly,
            Function<T, List<Violation>> moreChecks) {
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        List<Violation> violations = new ArrayList<>();
        for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (readOnly.contains(name)) {
                violations.add(new Violation(name, "is read-only: the service sets it"));
            } else if (!known.contains(name)) {
                violations.add(new Violation(name, "is not a field of this resource"));
            }
        }
        throwIfAny(violations);
        T value;
        try {
            value = strict.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            throw InvalidBodyException.of(path(e), typeMessage(e));
        }
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            violations.add(new Violation(fieldPath(violation), violation.getMessage()));
        }
        WellFormedUnicode.loneSurrogates(object, "", violations);
        violations.addAll(moreChecks.apply(value));
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        throwIfAny(violations);
        return value;
    }

    /** RFC 7396: {@code patch} applied to {@code target}; null removes a field, objects merge, the rest replaces. */
    public JsonNode mergePatch(JsonNode target, JsonNode patch) {
        try {
            JsonValue merged = Json.createMergePatch(jsonp(patch)).apply(jsonp(target));
            return strict.readTree(merged.toString());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode tree(Object value) {
        return strict.valueToTree(value);
    }

    private JsonValue jsonp(JsonNode node) throws JsonProcessingException {
        try (var reader = Json.createReader(new StringReader(strict.writeValueAsString(node)))) {
            return reader.readValue();
        }
    }

    private static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
    }

    private static String typeMessage(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this resource"; // a nested one: the top level is checked by name before
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "has the wrong type";
    }

    private static String describe(Class<?> type) {
        if (type == java.time.LocalDate.class) {
            return "a date as YYYY-MM-DD between " + EARLIEST_DATE + " and " + LATEST_DATE;
        }
        if (type.isEnum()) {
            return "value (one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .map(name -> name.toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Record.class.isAssignableFrom(type)) {
            return "an object";
        }
        return type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference reference : mapping.getPath()) {
                if (reference.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "body";
    }

    private static String fieldPath(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replace(".<list element>", "");
    }

    /**
     * Dates only as YYYY-MM-DD strings from EARLIEST to LATEST. Jackson's own reader also takes a number (as days
     * since 1970, so 20240501 is the year 57386), an array [2024, 5, 1], a date-time or a signed year of five
     * digits; and the year 0 would be stored as 1 BC.
     */
    private static final class IsoDate extends StdScalarDeserializer<LocalDate> {

        private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

        IsoDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            if (SHAPE.matcher(text).matches()) {
                try {
                    LocalDate date = LocalDate.parse(text);
                    if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                        return date;
                    }
                } catch (DateTimeParseException e) {
                    // not a day of the calendar: refused below
                }
            }
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date as YYYY-MM-DD in range");
        }
    }

    private static String location(IOException e) {
        return e instanceof JsonProcessingException json && json.getLocation() != null
                ? " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")"
                : "";
    }
}
