package org.newsdesk.web;

import java.util.List;
import org.newsdesk.platform.problem.Problem.Violation;

/** What the page templates show; every text in them is escaped except {@link ItemView#bodyHtml()}. */
public final class WebViews {

    private WebViews() {
    }

    /** An item in a list: its title links to its page. */
    public record ItemCard(String title, String href, String date, String dateText, String summary, String credit,
            String imageUrl, String imageAlt) {
    }

    public record MonthGroup(String id, String heading, List<ItemCard> items) {
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

    public record HomeView(List<Option> topics, List<Option> countries, List<Option> regions, String q, String month,
            boolean filtered, String resultText, List<MonthGroup> months, PageNav pages, List<ArchiveMonth> archive,
            String allMonthsHref, String clearHref) {
    }

    public record TagLink(String name, String href) {
    }

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

    public record DemoView(List<Option> topics, List<Option> countries, List<Option> regions, int limit,
            int maxLimit, String scriptSnippet, String iframeSnippet, String previewSrc, String pageUrl) {
    }

    /** The three filter menus, from the taxonomy. */
    public record Menus(List<Option> topics, List<Option> countries, List<Option> regions) {
    }
}
