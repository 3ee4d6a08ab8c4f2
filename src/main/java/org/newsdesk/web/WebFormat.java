package org.newsdesk.web;

import java.time.LocalDate;
import org.newsdesk.news.NewsViews.Image;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.news.NewsViews.NewsSummary;
import org.newsdesk.web.WebViews.ItemCard;

/** How the pages write cards and short descriptions. */
final class WebFormat {

    private static final int DESCRIPTION_LENGTH = 300;

    private WebFormat() {
    }

    static ItemCard card(NewsSummary item, SiteLinks links, WebLanguage page) {
        return card(item.slug(), item.title(), item.publishedOn(), item.summary(), item.image(), item.language(),
                links, page);
    }

    static ItemCard card(NewsDetail item, SiteLinks links, WebLanguage page) {
        return card(item.slug(), item.title(), item.publishedOn(), item.summary(), item.image(), item.language(),
                links, page);
    }

    /** A credit is only shown with its picture; an item in another language than the page's says which. */
    private static ItemCard card(String slug, String title, LocalDate publishedOn, String summary, Image image,
            String language, SiteLinks links, WebLanguage page) {
        String imageUrl = image == null ? null : imageUrl(image.url());
        return new ItemCard(title, links.item(slug), publishedOn.toString(), page.day(publishedOn), summary,
                imageUrl == null ? null : image.credit(), imageUrl, imageUrl == null ? null : image.alt(),
                language.equals(page.code()) ? null : language);
    }

    /**
     * Only https pictures are shown: the pages' CSP allows no others (plain http would be mixed content).
     * Stored URLs are already limited to http(s), which this re-checks for items written outside the API.
     */
    static String imageUrl(String url) {
        return url != null && url.regionMatches(true, 0, "https://", 0, 8) ? url : null;
    }

    /** Text cut at a word boundary for a meta description. */
    static String excerpt(String text) {
        if (text == null || text.length() <= DESCRIPTION_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
        return text.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH - 1).strip() + "…";
    }
}
