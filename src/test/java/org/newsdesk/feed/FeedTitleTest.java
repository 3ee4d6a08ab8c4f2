package org.newsdesk.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.news.NewsFilter;
import org.newsdesk.news.NewsType;

/** How a search reads in a feed's title: quotes are never doubled. */
class FeedTitleTest {

    private static String titleFor(String query) {
        NewsFilter filter = new NewsFilter(null, null, null, null, Set.of(), Set.of(), Set.of(),
                EnumSet.noneOf(NewsType.class), Set.of(), query, null, Set.of(), null);
        return FeedTitle.of(filter, List.of(), List.of(), List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "pension reform                 | News matching “pension reform”",
        "\"pension reform\"             | News matching “pension reform”",
        "\"pension reform               | News matching “pension reform”",
        "\"pension reform\" -armenia    | News matching “‘pension reform’ -armenia”",
        "\"social security\" or \"pension system\" | News matching “‘social security’ or ‘pension system’”",
        "pension \"reform               | News matching “pension ‘reform’”",
        "\"\"                           | News matching “‘’”",
        "it’s $1 \\ \"a\"               | News matching “it’s $1 \\ ‘a’”"})
    void phrasesAreQuotedOnceWithinTheTitlesQuotes(String query, String title) {
        assertEquals(title, titleFor(query));
    }
}
