package org.newsdesk.news;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newsdesk.platform.db.ContentChanged;
import org.newsdesk.platform.db.ContentVersion;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.db.ReadSessions;
import org.newsdesk.taxonomy.Vocabulary;

/**
 * Lets a test own extra items: it creates them before its tests and removes them after. Like a real
 * writer (one transaction each, a ContentChanged event), it brings this instance's content version up to
 * date once each change has committed.
 */
@ApplicationScoped
public class TestNews {

    private final ReadSession primary;

    private final NewsRepository news;
    private final Vocabulary vocabulary;
    private final ContentVersion contentVersion;
    private final Event<ContentChanged> changes;
    private final AgroalDataSource dataSource;

    public TestNews(NewsRepository news, Vocabulary vocabulary, ContentVersion contentVersion,
            Event<ContentChanged> changes, AgroalDataSource dataSource, ReadSessions sessions) {
        this.primary = sessions.primary();
        this.news = news;
        this.vocabulary = vocabulary;
        this.contentVersion = contentVersion;
        this.changes = changes;
        this.dataSource = dataSource;
    }

    /**
     * Changes what the entity model cannot set as a test needs it (say, hostile text in a column, or a
     * past updated_at) with one SQL statement and these parameters, then catches up like a writer.
     */
    public void execute(String sql, Object... values) throws SQLException {
        executeWithoutCatchingUp(sql, values);
        contentVersion.catchUp();
    }

    /** The same, but as another instance writes: this one learns of the change only by its notification. */
    public void executeWithoutCatchingUp(String sql, Object... values) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    public long create(String slug, LocalDate publishedOn, NewsType type, List<String> topicSlugs,
            List<String> countryCodes, List<String> regionSlugs) {
        return create(slug, "Test item " + slug, "Summary of " + slug, "Body of " + slug, publishedOn, type,
                topicSlugs, countryCodes, regionSlugs);
    }

    public long createText(String slug, String title, String summary, String body, LocalDate publishedOn) {
        return create(slug, title, summary, body, publishedOn, NewsType.FEATURE, List.of(), List.of(), List.of());
    }

    @Transactional
    public void delete(Collection<Long> ids) {
        changes.fire(new ContentChanged());
        ids.forEach(news::deleteById);
    }

    @Transactional
    public long create(String slug, String title, String summary, String body, LocalDate publishedOn, NewsType type,
            List<String> topicSlugs, List<String> countryCodes, List<String> regionSlugs) {
        changes.fire(new ContentChanged());
        NewsItem item = new NewsItem();
        item.slug = slug;
        item.title = title;
        item.summary = summary;
        item.body = body;
        item.publishedOn = publishedOn;
        item.type = type;
        item.imageUrl = "https://example.org/" + slug + ".jpg";
        item.imageAlt = "Alt text of " + slug;
        Vocabulary.Tags tags = vocabulary.tags(primary, topicSlugs, countryCodes, regionSlugs, new ArrayList<>());
        item.topics = tags.topics();
        item.countries = tags.countries();
        item.regions = tags.regions();
        news.persist(item);
        return item.id;
    }
}
