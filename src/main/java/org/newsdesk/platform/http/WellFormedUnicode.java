package org.newsdesk.platform.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.platform.problem.Problem.Violation;

/**
 * Text in request bodies must be Unicode as written. Jackson decodes overlong UTF-8 ("C0 AF" as "/") and encoded
 * surrogates without complaint, and a JSON escape can carry a lone surrogate that no encoding can store, so both
 * are checked here and refused by the field they are in.
 */
final class WellFormedUnicode {

    static final String MALFORMED_UTF8 = "is not well-formed UTF-8 (overlong, surrogate or invalid byte sequence)";
    static final String LONE_SURROGATE = "is not well-formed Unicode: it has a lone surrogate";

    private WellFormedUnicode() {
    }

    /** The first byte sequence that strict UTF-8 refuses, by the field whose value holds it ("body" if in none). */
    static Optional<Violation> malformedUtf8(byte[] body, JsonFactory json) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CoderResult result = strict.decode(in, CharBuffer.allocate(body.length), true);
        if (!result.isError()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(fieldAt(body, in.position(), json), MALFORMED_UTF8));
    }

    /** Every text value under {@code node} with a lone surrogate, by its path ("image.alt", "topics[0]"). */
    static void loneSurrogates(JsonNode node, String path, List<Violation> violations) {
        if (node.isTextual() && hasLoneSurrogate(node.textValue())) {
            violations.add(new Violation(path.isEmpty() ? "body" : path, LONE_SURROGATE));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                loneSurrogates(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                        violations);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                loneSurrogates(node.get(i), path + "[" + i + "]", violations);
            }
        }
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The path of the string value whose bytes include {@code offset}, read by Jackson's lenient decoding. */
    private static String fieldAt(byte[] body, long offset, JsonFactory json) {
        try (JsonParser parser = json.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    long start = parser.currentTokenLocation().getByteOffset();
                    boolean holdsOffset;
                    try {
                        parser.getText(); // reads the whole string, so the location is its end
                        holdsOffset = offset < parser.currentLocation().getByteOffset();
                    } catch (JsonProcessingException e) {
                        holdsOffset = true; // Jackson refused this string's bytes itself
                    }
                    if (start <= offset && holdsOffset) {
                        return path(parser.getParsingContext());
                    }
                }
            }
        } catch (IOException e) {
            // Not JSON beyond its encoding either: the encoding is reported, for the body
        }
        return "body";
    }

    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            parts.add(at.inArray() ? "[" + at.getCurrentIndex() + "]" : at.getCurrentName());
        }
        Collections.reverse(parts);
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            path.append(path.isEmpty() || part.startsWith("[") ? "" : ".").append(part);
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
