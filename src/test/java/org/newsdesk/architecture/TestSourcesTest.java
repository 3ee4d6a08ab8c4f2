package org.newsdesk.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * House rule: every RestAssured chain asserts the status (a chain that never checks it passes on a 500).
 * Checked on the integration tests as text: each chain that starts with given() or when() and makes a request
 * has statusCode in it, or hands the whole response on (returned, passed as an argument, or kept in a Response
 * variable whose status is then read) for the status to be asserted there. Chains that start from helpers
 * (such as Newsroom's) are not seen here.
 */
class TestSourcesTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Pattern START = Pattern.compile(
            "(?<![\\w.])(?:given|when)\\(\\)|\\bRestAssured\\s*\\.\\s*(?:given|when|get|post|put|patch|delete|head|options)\\(");
    private static final Pattern CALL = Pattern.compile("\\s*\\.?\\s*[\\w.]*?(\\w+)\\s*\\(");
    private static final Pattern NEXT_CALL = Pattern.compile("\\s*\\.");
    private static final Set<String> REQUESTS = Set.of("get", "post", "put", "patch", "delete", "head", "options",
            "request");
    private static final Pattern KEPT = Pattern.compile("(?:\\bResponse|\\bValidatableResponse|\\bvar)\\s+(\\w+)\\s*=$");

    @Test
    void everyRestAssuredChainInTheIntegrationTestsAssertsItsStatus() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TESTS)) {
            files = walk.filter(file -> file.getFileName().toString().endsWith("IT.java")).sorted().toList();
        }
        assertTrue(files.size() > 10, "integration tests found under " + TESTS.toAbsolutePath());
        List<String> unchecked = new ArrayList<>();
        for (Path file : files) {
            for (String chain : uncheckedChains(Files.readString(file))) {
                unchecked.add(TESTS.relativize(file) + ":" + chain);
            }
        }
        assertEquals(List.of(), unchecked, "RestAssured chains that never assert the status: add "
                + ".then().statusCode(…) (or hand the Response on to code that asserts it)");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "given().get(url).then().extract().path(\"links.next\");",
        "given().get(path).then().body(\"name\", is(\"x\"));",
        "String etag = given().get(path).header(\"ETag\");",
        "assertEquals(etag, given().urlEncodingEnabled(false).get(path).header(\"ETag\"), \"same\");",
        "given().header(\"A\", \"b;c\").post(\"/x\");",
        "Response read = given().get(path); assertEquals(\"x\", read.asString());",
        "return given().get(url).then().extract().jsonPath().getList(\"items\");"})
    void aChainThatNeverAssertsItsStatusIsFound(String statements) {
        assertEquals(1, uncheckedChains(method(statements)).size(), statements);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "given().get(url).then().statusCode(200).extract().path(\"links.next\");",
        "String etag = given().get(path).then().statusCode(200).extract().header(\"ETag\");",
        "given().get(\"/x;y\").then()\n.statusCode(anyOf(is(200), is(404)));",
        "// given().get(\"/x\");\nint status = given().get(path).statusCode();",
        "return given().get(path);",
        "problem(given().get(\"/x\"), 400);",
        "unavailable(given().get(\"/x\").then());",
        "Response first = given().get(path);\nfirst.then().statusCode(200);",
        "Response current = given().get(path);\nif (current.statusCode() == 200) {}",
        "RequestSpecification request = given().redirects().follow(false);",
        "pool.submit(() -> given().get(path));"})
    void aChainThatAssertsItsStatusOrHandsTheResponseOnPasses(String statements) {
        assertEquals(List.of(), uncheckedChains(method(statements)), statements);
    }

    private static String method(String statements) {
        return "class Example {\n    void example() {\n" + statements + "\n    }\n}\n";
    }

    /** The chains of this source that make a request and leave its status unasserted, as "line: chain". */
    static List<String> uncheckedChains(String source) {
        String code = blankCommentsAndLiterals(source);
        List<String> unchecked = new ArrayList<>();
        Matcher start = START.matcher(code);
        while (start.find()) {
            List<String> calls = new ArrayList<>();
            int end = chainEnd(code, start.start(), calls);
            String chain = code.substring(start.start(), end);
            boolean request = calls.stream().anyMatch(REQUESTS::contains)
                    || start.group().matches("RestAssured\\s*\\.\\s*(?!given|when)\\w+\\(");
            if (!request || chain.contains("statusCode") || handsTheResponseOn(code, start.start(), end, calls)) {
                continue;
            }
            long line = code.substring(0, start.start()).chars().filter(c -> c == '\n').count() + 1;
            unchecked.add(line + ": " + source.substring(start.start(), end).replaceAll("\\s+", " "));
        }
        return unchecked;
    }

    /**
     * Whether the chain ends with the response itself (the request, then() or extract().response()) and gives it
     * to code that can assert its status: returned, an argument, or a Response variable whose status is read.
     */
    private static boolean handsTheResponseOn(String code, int start, int end, List<String> calls) {
        String last = calls.get(calls.size() - 1);
        if (!REQUESTS.contains(last) && !last.equals("then") && !last.equals("response")) {
            return false;
        }
        int statement = Math.max(code.lastIndexOf(';', start - 1),
                Math.max(code.lastIndexOf('{', start - 1), code.lastIndexOf('}', start - 1)));
        String before = code.substring(statement + 1, start).strip();
        if (before.equals("return") || before.endsWith("(") || before.endsWith(",") || before.endsWith("->")) {
            return true;
        }
        Matcher kept = KEPT.matcher(before);
        if (kept.find()) {
            String name = Pattern.quote(kept.group(1));
            return Pattern.compile("\\b" + name + "\\s*\\.\\s*(?:then|statusCode)\\(\\)|[(,]\\s*" + name
                    + "\\s*[,)]|\\breturn\\s+" + name + "\\s*;").matcher(code.substring(end)).find();
        }
        return false;
    }

    /** Where the call chain starting at {@code start} ends; the names of its calls are added to {@code calls}. */
    private static int chainEnd(String code, int start, List<String> calls) {
        int at = start;
        while (true) {
            Matcher call = CALL.matcher(code).region(at, code.length());
            if (!call.lookingAt()) {
                return at;
            }
            calls.add(call.group(1));
            int depth = 1;
            at = call.end();
            while (at < code.length() && depth > 0) {
                char c = code.charAt(at++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            if (!NEXT_CALL.matcher(code).region(at, code.length()).lookingAt()) {
                return at;
            }
        }
    }

    /** The source with comments and the insides of string, text block and char literals as spaces; lines kept. */
    static String blankCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder(source);
        int i = 0;
        while (i < source.length()) {
            int from;
            int to;
            if (source.startsWith("//", i)) {
                from = i;
                to = source.indexOf('\n', i);
                to = to < 0 ? source.length() : to;
            } else if (source.startsWith("/*", i)) {
                from = i;
                to = source.indexOf("*/", i + 2);
                to = to < 0 ? source.length() : to + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                from = i + 3;
                to = source.indexOf("\"\"\"", from);
                to = to < 0 ? source.length() : to;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                from = i + 1;
                to = from;
                while (to < source.length() && source.charAt(to) != quote) {
                    to += source.charAt(to) == '\\' ? 2 : 1;
                }
                to = Math.min(to, source.length());
            } else {
                i++;
                continue;
            }
            for (int k = from; k < to; k++) {
                if (code.charAt(k) != '\n') {
                    code.setCharAt(k, ' ');
                }
            }
            // Past the closing quote(s) of a literal, or the end of a comment.
            i = source.startsWith("\"\"\"", to) && from == i + 3 ? to + 3 : source.charAt(i) == '/' ? to : to + 1;
        }
        return code.toString();
    }
}
