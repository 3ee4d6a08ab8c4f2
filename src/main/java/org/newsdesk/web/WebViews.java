package org.newsdesk.web;

import java.util.List;
import org.newsdesk.platform.problem.Problem.Violation;

/** What the page templates show; every text in them is escaped except {@link ItemView#bodyHtml()}. */
public final class WebViews {

    private WebViews() {
    }

    /** An item in a list: its title links to its page; {@code lang} is its language where the page's is another. */
    public record ItemCard(String title, String href, String date, String dateText, String summary, String credit,
            String imageUrl, String imageAlt, String lang) {
    }

    /** A month's items; {@code start} numbers its first one, so that numbers run on across the months of a page. */
    public record MonthGroup(String id, String heading, int start, List<ItemCard> items) {
    }

    /** A choice of a filter menu, with its count of items. */
    public record Option(String value, String name, long count, boolean selected) {
    }

    public record ArchiveMonth(String label, String href, long count, boolean current) {
    }

    public record PageNumber(int number, String href, boolean current) {
    }

    /** Links to other pages of the list; each may be null. */
    public record PageNav(String first, String prev, List<PageNumber> numbers, String next) {

        public boolean shown() {
            return first != null || prev != null || next != null || numbers.size() > 1;
        }
    }

    /** The list page; {@code heading} names its filters, month and page as its title does. */
    public record HomeView(String heading, List<Option> topics, List<Option> countries, List<Option> regions,
            String q, String month, String lang, boolean filtered, String resultText, List<MonthGroup> months, PageNav pages, List<ArchiveMonth> archive,
            String allMonthsHref, String clearHref) {
    }

    public record TagLink(String name, String href) {
    }

    /** An item's page; {@code credit} is null without a picture shown. */
    public record ItemView(String title, String date, String dateText, String type, String summary, String bodyHtml,
            String imageUrl, String imageAlt, String credit, List<TagLink> topics, List<TagLink> countries,
            List<TagLink> regions, String backHref) {
    }

    public record ErrorView(String heading, String message, List<Violation> violations, String homeHref) {
    }

    public record EmbedListView(String heading, List<ItemCard> items, String moreHref) {
    }

    public record EmbedItemView(ItemCard item, String type, String moreHref) {
    }

    public record DemoView(List<Option> topics, List<Option> countries, List<Option> regions, List<LanguageOption> languages,
            int limit,
            int maxLimit, String scriptSnippet, String iframeSnippet, String previewSrc, int previewHeight,
            String pageUrl) {
    }

    /** A language a partner may choose for an embed, named in itself. */
    public record LanguageOption(String code, String name, boolean selected) {
    }

    /** The three filter menus, from the taxonomy. */
    public record Menus(List<Option> topics, List<Option> countries, List<Option> regions) {
    }
}
