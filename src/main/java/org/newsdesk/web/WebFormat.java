package org.newsdesk.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.newsdesk.news.NewsViews.Image;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.news.NewsViews.NewsSummary;
import org.newsdesk.web.WebViews.ItemCard;

/** How the pages write dates, cards and short descriptions. */
final class WebFormat {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH);
    private static final int DESCRIPTION_LENGTH = 300;

    private WebFormat() {
    }

    /** "July 2022". */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** "05 July 2022", as on the original page. */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static ItemCard card(NewsSummary item, SiteLinks links) {
        return card(item.slug(), item.title(), item.publishedOn(), item.summary(), item.image(), links);
    }

    static ItemCard card(NewsDetail item, SiteLinks links) {
        return card(item.slug(), item.title(), item.publishedOn(), item.summary(), item.image(), links);
    }

    private static ItemCard card(String slug, String title, LocalDate publishedOn, String summary, Image image,
            SiteLinks links) {
        return new ItemCard(title, links.item(slug), publishedOn.toString(), day(publishedOn), summary,
                image == null ? null : image.credit(), image == null ? null : imageUrl(image.url()),
                image == null ? null : image.alt());
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
