package org.newsdesk.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** News bodies keep structure, emphasis and http(s) links and images; nothing that runs or loads survives. */
class NewsBodySanitizerTest {

    @Test
    void structureEmphasisLinksAndImagesStay() {
        assertEquals("<h2>Pensions</h2><p>A <strong>new</strong> <em>scheme</em>.</p>",
                NewsBodySanitizer.sanitize("<h2>Pensions</h2><p>A <strong>new</strong> <em>scheme</em>.</p>"));
        assertEquals("<p><a href=\"https://ilo.org/x\" rel=\"nofollow noopener\">report</a></p>",
                NewsBodySanitizer.sanitize("<p><a href=\"https://ilo.org/x\">report</a></p>"));
        assertEquals("<img src=\"https://ilo.org/a.png\" alt=\"chart\">",
                NewsBodySanitizer.sanitize("<img src=\"https://ilo.org/a.png\" alt=\"chart\">"));
    }

    @Test
    void scriptsHandlersAndDangerousUrlsGo() {
        assertEquals("<p>hi</p>", NewsBodySanitizer.sanitize("<p onclick=\"steal()\">hi</p><script>steal()</script>"));
        assertEquals("<a rel=\"nofollow noopener\">x</a>", NewsBodySanitizer.sanitize("<a href=\"javascript:steal()\">x</a>"));
        assertEquals("<img>", NewsBodySanitizer.sanitize("<img src=\"data:image/png;base64,AAAA\">"));
        assertEquals("text", NewsBodySanitizer.sanitize("<iframe src=\"https://evil.example\"></iframe><style>p{}</style>text"));
        assertEquals("<p>ab</p>", NewsBodySanitizer.sanitize("<p>a\u0000\u0007b</p>"));
    }

    @Test
    void nothingSafeLeftIsNoBody() {
        assertNull(NewsBodySanitizer.sanitize(null));
        assertNull(NewsBodySanitizer.sanitize("  \n "));
        assertNull(NewsBodySanitizer.sanitize("<script>steal()</script>"));
    }
}
