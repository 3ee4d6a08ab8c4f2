package org.newsdesk.fuzz;

import static org.newsdesk.platform.http.RawHttp.getRequest;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.newsdesk.news.SampleSlugs;

/**
 * The requests of RawHttpCorpusIT, written byte by byte: a path of each route family, and what is sent to
 * them: requests the service refuses, harmless nonsense it tolerates, and what the HTTP layer cannot parse.
 */
final class RawHttpCorpus {

    /** A path of each route family, answering a plain GET without a 5xx. */
    static final Map<String, String> FAMILIES = Map.ofEntries(
            Map.entry("news list", "/api/v1/news?topic=pensions"),
            Map.entry("news item", "/api/v1/news/" + SampleSlugs.NEWEST),
            Map.entry("archive", "/api/v1/news/archive"),
            Map.entry("taxonomy", "/api/v1/topics"),
            Map.entry("home page", "/?month=2022-06"),
            Map.entry("item page", "/news/" + SampleSlugs.NEWEST),
            Map.entry("embed", "/embed/news?limit=3"),
            Map.entry("rss", "/feeds/news.rss"),
            Map.entry("json feed", "/feeds/news.json"),
            Map.entry("oembed", "/oembed?url=http%3A%2F%2Flocalhost%2Fnews%2F" + SampleSlugs.NEWEST),
            Map.entry("stylesheet", "/assets/newsdesk.css"),
            Map.entry("widget script", "/embed/newsdesk-feed.js"),
            Map.entry("openapi", "/q/openapi"));

    static final String HOST = "Host: localhost\r\n";
    static final String CLOSE = "Connection: close\r\n\r\n";

    /** Refused by the service itself: a 4xx with a body of ours. */
    static final Map<String, Function<String, String>> REFUSED = Map.ofEntries(
            Map.entry("unknown method", p -> "FROBNICATE " + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("lower-case method", p -> "get " + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("TRACE", p -> "TRACE " + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("CONNECT", p -> "CONNECT " + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("300-letter method", p -> "M".repeat(300) + " " + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("anonymous DELETE", p -> "DELETE " + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("anonymous PUT", p -> "PUT " + p + " HTTP/1.1\r\n" + HOST
                    + "Content-Type: application/json\r\nContent-Length: 2\r\n" + CLOSE + "{}"),
            Map.entry("HTTP/1.2", p -> "GET " + p + " HTTP/1.2\r\n" + HOST + CLOSE),
            Map.entry("HTTP/0.9", p -> "GET " + p + " HTTP/0.9\r\n" + HOST + CLOSE),
            Map.entry("HTTP/2.0 as text", p -> "GET " + p + " HTTP/2.0\r\n" + HOST + CLOSE),
            Map.entry("HTTP/9.9", p -> "GET " + p + " HTTP/9.9\r\n" + HOST + CLOSE),
            Map.entry("other protocol", p -> "GET " + p + " SPDY/3.1\r\n" + HOST + CLOSE),
            Map.entry("absolute URL", p -> "GET http://localhost" + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("foreign absolute URL", p -> "GET https://evil.example:99999" + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("non-http absolute URL", p -> "GET ftp://evil.example" + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("asterisk", p -> "OPTIONS * HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("HTTP/2 connection preface", p -> "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"),
            Map.entry("no Host", p -> "GET " + p + " HTTP/1.1\r\n" + CLOSE),
            Map.entry("HTTP/1.0 without Host", p -> "GET " + p + " HTTP/1.0\r\n\r\n"),
            Map.entry("empty Host", p -> "GET " + p + " HTTP/1.1\r\nHost:\r\n" + CLOSE),
            Map.entry("two Hosts", p -> "GET " + p + " HTTP/1.1\r\n" + HOST + "Host: evil.example\r\n" + CLOSE),
            Map.entry("the same Host twice", p -> "GET " + p + " HTTP/1.1\r\n" + HOST + HOST + CLOSE),
            Map.entry("Host with user info", p -> "GET " + p + " HTTP/1.1\r\nHost: user@evil.example\r\n" + CLOSE),
            Map.entry("Host with a path", p -> "GET " + p + " HTTP/1.1\r\nHost: evil.example/x\r\n" + CLOSE),
            Map.entry("Host port out of range", p -> "GET " + p + " HTTP/1.1\r\nHost: localhost:99999\r\n" + CLOSE),
            Map.entry("Host in Latin-1", p -> "GET " + p + " HTTP/1.1\r\nHost: \u00e9vil.example\r\n" + CLOSE),
            Map.entry("dot segments", p -> "GET " + p.replaceFirst("^/", "/x/../") + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("encoded dot segments", p -> "GET /q/%2e%2e" + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("empty segment", p -> "GET " + p.replaceFirst("^/", "/x//") + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("path parameter", p -> "GET " + pathOf(p) + ";v=1 HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("encoded slash", p -> "GET " + pathOf(p) + "%2Fx HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("body over the limit", p -> "POST " + p + " HTTP/1.1\r\n" + HOST
                    + "Content-Type: application/json\r\nContent-Length: 99999999999\r\n" + CLOSE));

    /** Harmless nonsense that is ignored: answered as the plain request, or refused by the service. */
    static final Map<String, Function<String, String>> TOLERATED = Map.ofEntries(
            Map.entry("HEAD", p -> "HEAD " + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("OPTIONS", p -> "OPTIONS " + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("malformed Accept", p -> getRequest(p, "Accept: ;;;/;q=x, */*;q=abc\r\n")),
            Map.entry("Accept nothing served", p -> getRequest(p, "Accept: image/png\r\n")),
            Map.entry("If-Modified-Since not a date", p -> getRequest(p, "If-Modified-Since: yesterday\r\n")),
            Map.entry("If-Modified-Since year 99999", p -> getRequest(p, "If-Modified-Since: Sun, 06 Nov 99999 08:49:37 GMT\r\n")),
            Map.entry("If-None-Match unquoted", p -> getRequest(p, "If-None-Match: abc, W/, \"\r\n")),
            Map.entry("If-Match on a read", p -> getRequest(p, "If-Match: *, \"x\"\r\n")),
            Map.entry("Range nonsense", p -> getRequest(p, "Range: bytes=9-1,zz,-0\r\n")),
            Map.entry("Accept-Encoding nonsense", p -> getRequest(p, "Accept-Encoding: gzip;q=zz, *;q=-1, br;q=2\r\n")),
            Map.entry("Accept-Language nonsense", p -> getRequest(p, "Accept-Language: ;;;q=x,*-*, " + "x".repeat(500) + "\r\n")),
            Map.entry("Basic credentials", p -> getRequest(p, "Authorization: Basic Zm9vOmJhcg==\r\n")),
            Map.entry("Origin nonsense", p -> getRequest(p, "Origin: ::::\r\n")),
            Map.entry("preflight nonsense", p -> "OPTIONS " + p + " HTTP/1.1\r\n" + HOST + "Origin: http://x\r\n"
                    + "Access-Control-Request-Method: F@@\r\nAccess-Control-Request-Headers: ,,,\r\n" + CLOSE),
            Map.entry("X-Request-Id markup", p -> getRequest(p, "X-Request-Id: <script>" + "a".repeat(500) + "\r\n")),
            Map.entry("forwarded headers from an untrusted peer", p -> getRequest(p,
                    "X-Forwarded-Host: evil.example\r\n"
                    + "X-Forwarded-Proto: gopher\r\nX-Forwarded-For: ::::\r\nForwarded: for=\"[::1\";host=evil\r\n")),
            Map.entry("folded header", p -> getRequest(p, "X-A: a\r\n  folded\r\n")),
            Map.entry("Content-Type nonsense", p -> getRequest(p, "Content-Type: ;;\r\n")),
            Map.entry("Expect nonsense", p -> getRequest(p, "Expect: 200-ok\r\n")),
            Map.entry("HTTP/2 upgrade (h2c)", p -> getRequest(p, "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n")),
            Map.entry("WebSocket upgrade", p -> getRequest(p, "Upgrade: websocket\r\nSec-WebSocket-Key: x\r\n"
                    + "Sec-WebSocket-Version: 13\r\n")),
            Map.entry("cookie nonsense", p -> getRequest(p, "Cookie: ;;;=;==\r\n")),
            Map.entry("fragment", p -> "GET " + pathOf(p) + "#top HTTP/1.1\r\n" + HOST + CLOSE),
            Map.entry("query of empty pieces", p -> "GET " + p + (p.contains("?") ? "&" : "?") + "&&=&a==b&%20= HTTP/1.1\r\n"
                    + HOST + CLOSE),
            Map.entry("invalid UTF-8 in the query", p -> "GET " + p + (p.contains("?") ? "&" : "?") + "q=%C3%28 HTTP/1.1\r\n"
                    + HOST + CLOSE),
            Map.entry("raw UTF-8 and NUL in the path", p -> "GET " + pathOf(p) + "\u00c3\u00a9%00 HTTP/1.1\r\n" + HOST + CLOSE));

    /** What the HTTP layer cannot parse, and the bare status it answers with before closing the connection. */
    record Unparseable(String name, int status, Function<String, String> request) {
    }

    static final List<Unparseable> UNPARSEABLE = List.of(
            new Unparseable("method with @", 400, p -> "G@T " + p + " HTTP/1.1\r\n" + HOST + CLOSE),
            new Unparseable("no version", 400, p -> "GET " + p + "\r\n" + HOST + CLOSE),
            new Unparseable("header without colon", 400, p -> getRequest(p, "NoColonHere\r\n")),
            new Unparseable("space in a header name", 400, p -> getRequest(p, "Bad Name: x\r\n")),
            new Unparseable("NUL in a header", 400, p -> getRequest(p, "X-A: a\u0000b\r\n")),
            new Unparseable("control character in a token", 400,
                    p -> getRequest(p, "Authorization: Bearer \u007f\r\n")),
            new Unparseable("control character in a validator", 400, p -> getRequest(p, "If-None-Match: \"\u0001\r\n")),
            new Unparseable("Content-Length not a number", 400, p -> getRequest(p, "Content-Length: abc\r\n")),
            new Unparseable("negative Content-Length", 400, p -> getRequest(p, "Content-Length: -1\r\n")),
            new Unparseable("two Content-Lengths", 400,
                    p -> getRequest(p, "Content-Length: 1\r\nContent-Length: 2\r\n")),
            new Unparseable("Content-Length and chunked", 400,
                    p -> getRequest(p, "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n")),
            new Unparseable("percent escape not hex", 400, p -> "GET " + pathOf(p) + "%zz HTTP/1.1\r\n" + HOST + CLOSE),
            new Unparseable("backslash", 400, p -> "GET " + pathOf(p) + "\\..\\x HTTP/1.1\r\n" + HOST + CLOSE),
            new Unparseable("control character in the path", 400,
                    p -> "GET " + pathOf(p) + "\u0001 HTTP/1.1\r\n" + HOST + CLOSE),
            new Unparseable("TLS on the plain port", 400,
                    p -> "\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u0001\u00fc\u0003\u0003\r\n\r\n"),
            new Unparseable("URL over 8 KiB", 414, p -> "GET " + p + (p.contains("?") ? "&" : "?") + "q="
                    + "a".repeat(9000) + " HTTP/1.1\r\n" + HOST + CLOSE),
            new Unparseable("header over 16 KiB", 431, p -> getRequest(p, "X-A: " + "a".repeat(20_000) + "\r\n")),
            new Unparseable("3,000 headers", 431, p -> getRequest(p, "X-A: a\r\n".repeat(3000))));

    private RawHttpCorpus() {
    }

    private static String pathOf(String target) {
        return target.replaceAll("\\?.*", "");
    }
}
