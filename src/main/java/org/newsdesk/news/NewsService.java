package org.newsdesk.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.common.ApiLinks;
import org.newsdesk.common.ResourceNotFoundException;
import org.newsdesk.common.Slugs;
import org.newsdesk.news.NewsRepository.NewsRow;
import org.newsdesk.news.NewsRepository.Tags;
import org.newsdesk.news.NewsViews.Archive;
import org.newsdesk.news.NewsViews.NewsDetail;
import org.newsdesk.news.NewsViews.NewsPage;
import org.newsdesk.news.NewsViews.PageInfo;

/** Reading news: pages of filtered lists, single items and the month archive. */
@ApplicationScoped
public class NewsService {

    private final NewsRepository news;

    public NewsService(NewsRepository news) {
        this.news = news;
    }

    /** Count, page and tags on one connection; the page query is skipped past the last page. */
    @Transactional
    public NewsPage page(NewsFilter filter, Paging paging, ApiLinks links) {
        long total = news.count(filter);
        List<NewsRow> rows = total > paging.offset() ? news.page(filter, paging) : List.of();
        Map<Long, Tags> tags = news.tagsOf(rows.stream().map(NewsRow::id).toList());
        long totalPages = (total + paging.size() - 1) / paging.size();
        return new NewsPage(rows.stream().map(row -> NewsMapper.summary(row, tags.get(row.id()), links)).toList(),
                new PageInfo(paging.page(), paging.size(), total, totalPages));
    }

    @Transactional
    public NewsDetail bySlug(String slug, ApiLinks links) {
        // A value that cannot be a slug (say, with a NUL byte) is not sent to the database at all.
        NewsItem item = (Slugs.isSlug(slug) ? news.findBySlug(slug) : Optional.<NewsItem>empty())
                .orElseThrow(() -> new ResourceNotFoundException("No news item with slug '" + slug + "'."));
        return NewsMapper.detail(item, news.tagsOf(List.of(item.id)).get(item.id), links);
    }

    public Archive archive(NewsFilter filter) {
        return new Archive(news.months(filter));
    }
}
