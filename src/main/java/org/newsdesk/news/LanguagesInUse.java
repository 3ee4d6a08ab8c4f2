package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsdesk.platform.db.ContentVersion;
import org.newsdesk.platform.db.PerContentVersion;
import org.newsdesk.platform.db.ReadSession;

/**
 * The search languages the items are in, read once per content version. A search without {@code lang} is parsed in
 * these only: a statement holds no branch for a language no item has, and over content in one language it is the
 * statement of a search in that language alone, planned and served as before languages were searched apart. An item
 * in a new language written while a search runs may be matched in the languages read before it, for that search only.
 */
@ApplicationScoped
public class LanguagesInUse {

    private final NewsRepository news;
    private final PerContentVersion<Set<SearchLanguage>> inUse;

    public LanguagesInUse(NewsRepository news, ContentVersion contentVersion) {
        this.news = news;
        this.inUse = new PerContentVersion<>(contentVersion);
    }

    /** The filter with its search parsed in the languages items are in; a filter without a search as it is. */
    NewsFilter searchable(ReadSession session, NewsFilter filter) {
        if (filter.query() == null) {
            return filter;
        }
        return filter.searchingIn(inUse.get(() -> news.languages(session).stream().map(SearchLanguage::of)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SearchLanguage.class)))));
    }
}
