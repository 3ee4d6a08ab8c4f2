package org.newsdesk.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrowserRequestsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
        /                     | text/html,application/xhtml+xml,*/*;q=0.8 | true
        /nowhere              | TEXT/HTML; q=0.9                          | true
        /nowhere              | text/*                                    | true
        /nowhere              | */*                                       | false
        /nowhere              | application/json                          | false
        /nowhere              | NONE                                      | false
        /api/v1/news          | text/html                                 | false
        /q/openapi            | text/html                                 | false
        /news/some-item       | application/xhtml+xml                     | false
        """)
    void htmlIsForPagesThatAskForIt(String path, String accept, boolean html) {
        assertEquals(html, BrowserRequests.wantsHtml(path, accept));
    }
}
