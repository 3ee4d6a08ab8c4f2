package org.newsdesk.fuzz;

import java.util.List;

/**
 * Inputs that have broken services before, as they travel in a URL (already percent-encoded, some as
 * bytes no client library would send) and as JSON string values.
 */
final class HostileInputs {

    private HostileInputs() {
    }

    static final String HUGE_NUMBER = "9999999999999999999999";

    /** Query values, percent-encoded exactly as sent. */
    static final List<String> ENCODED = List.of(
            "%27%20OR%20%271%27%3D%271",                 // ' OR '1'='1
            "1%3B%20DROP%20TABLE%20news_item%3B--",     // 1; DROP TABLE news_item;--
            "%27%29%29%3B%20SELECT%20pg_sleep%2810%29--",
            "%00", "a%00b", "%C3%28", "%FF", "%C0%AF", "%ED%A0%80",  // NUL, invalid and overlong UTF-8, a surrogate
            "%01%07%08%1B%7F", "%0D%0AX-Injected%3A%201",           // control characters, header injection
            "..%2F..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "../../etc/passwd",
            HUGE_NUMBER, "-" + HUGE_NUMBER, "1e308", "NaN", "-0", "0x10",
            "%F0%9F%93%B0%F0%9F%94%A5",                  // emoji
            "%E2%80%AEevil%E2%80%AC", "%D8%B9%D8%B1%D8%A8%D9%8A",  // right-to-left override, Arabic
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%22%5D%5D%3E%3C%21--", "%26%23x0%3B",
            "", "%20", "%25", "%2C%2C%2C");

    /** 64 KB in one value: over the URL limit (414) in a query, under the body limit in JSON. */
    static final String LONG = "x".repeat(64 * 1024);

    /** JSON string values: the same attacks as text. */
    static final List<String> TEXT = List.of(
            "' OR '1'='1", "1; DROP TABLE news_item;--", "')); SELECT pg_sleep(10)--", "\u0000", "a\u0000b",
            "\u0001\u0007\u0008\u001B\u007F", "\r\nX-Injected: 1", "../../etc/passwd", "%2e%2e%2f",
            HUGE_NUMBER, "📰🔥", "\u202Eevil\u202C", "عربي", "<script>alert(1)</script>", "]]><!--", "\uD800",
            "", " ", LONG);
}
