package org.newsdesk.news;

import java.util.List;
import org.newsdesk.news.NewsListRepository.NewsRow;
import org.newsdesk.news.NewsRepository.Tags;
import org.newsdesk.news.NewsRepository.TranslationRow;
import org.newsdesk.news.NewsViews.Highlight;
import org.newsdesk.news.NewsViews.Image;
import org.newsdesk.news.NewsViews.Links;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.news.NewsViews.NewsSummary;
import org.newsdesk.news.NewsViews.Translation;
import org.newsdesk.platform.http.ApiLinks;

/** From stored rows to the records on the wire. */
public final class NewsMapper {

    private static final Tags NO_TAGS = new Tags();

    private NewsMapper() {
    }

    static NewsSummary summary(NewsRow row, Tags tags, Highlight marked, ApiLinks links) {
        Tags t = tags == null ? NO_TAGS : tags;
        return new NewsSummary(row.id(), row.slug(), row.title(), row.summary(), row.publishedOn(), row.type(),
                row.status(), row.language(), image(row.imageUrl(), row.imageAlt(), row.imageCredit()),
                t.topics, t.countries, t.regions, row.updatedAt(), html(marked), links(row.slug(), links));
    }

    public static NewsDetail detail(NewsItem item, Tags tags, List<TranslationRow> translations, ApiLinks links) {
        Tags t = tags == null ? NO_TAGS : tags;
        return new NewsDetail(item.id, item.slug, item.title, item.summary, item.body, item.publishedOn, item.type,
                item.status, item.language, translations.stream().map(row -> new Translation(row.language(),
                        row.slug(), row.title(), links(row.slug(), links))).toList(),
                item.revision, image(item.imageUrl, item.imageAlt, item.imageCredit),
                t.topics, t.countries, t.regions, item.createdAt, item.updatedAt, links(item.slug, links));
    }

    /** Escapes everything as HTML text, then turns the search marks into {@code <mark>} elements. */
    static Highlight html(Highlight marked) {
        if (marked == null) {
            return null;
        }
        return new Highlight(html(marked.title()), html(marked.summary()), html(marked.body()));
    }

    private static String html(String marked) {
        if (marked == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case Highlighter.MARK_START -> html.append("<mark>");
                case Highlighter.MARK_END -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    private static Image image(String url, String alt, String credit) {
        return url == null && alt == null && credit == null ? null : new Image(url, alt, credit);
    }

    private static Links links(String slug, ApiLinks links) {
        return new Links(links.resource("news", slug));
    }
}
