package org.newsdesk.news;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsdesk.platform.db.ContentChanged;
import org.newsdesk.platform.db.ContentVersion;
import org.newsdesk.platform.db.ReadSession;
import org.newsdesk.platform.db.ReadSessions;
import org.newsdesk.taxonomy.Vocabulary;

/**
 * The data a test owns: the integration tests' one fixture ({@code @RegisterExtension}). It creates items
 * straight in the database (or by raw SQL), owns what a test created through the API ({@link #remember}), and
 * removes all of it once its owner is done: what a test made goes after that test, and what a static field's
 * fixture made in {@code @BeforeAll} goes after the class. No item outlives its owner (other tests count the
 * 20 sample items). Each write catches up like a real writer's, so no read comes from a cache older than it.
 */
public final class NewsFixture implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private static final String NEWS = "/api/v1/news/";
    /** Taxonomy collections of the API and their tables. */
    private static final Map<String, String> VOCABULARY = Map.of("/api/v1/topics/", "topic", "/api/v1/regions/", "region");
    /** The tables whose rows a test may add only through the fixture. */
    private static final List<String> COUNTED = List.of("news_item", "topic", "region");

    private final Owned forClass = new Owned();
    private final Owned forTest = new Owned();
    private volatile boolean classScoped;
    private volatile boolean testRunning;
    private List<Long> countsBeforeTest;

    @Override
    public void beforeAll(ExtensionContext context) {
        classScoped = true;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        countsBeforeTest = writer().counts();
        testRunning = true;
    }

    /** Removes what the test owns, and fails it if it left more items, topics or regions than it found. */
    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        testRunning = false;
        forTest.removeAll();
        List<Long> after = writer().counts();
        for (int i = 0; i < COUNTED.size(); i++) {
            if (after.get(i) > countsBeforeTest.get(i)) {
                throw new AssertionError("The test left " + COUNTED.get(i) + " rows behind: remember its 201 answers");
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        forClass.removeAll();
    }

    public long create(String slug, LocalDate publishedOn, NewsType type, List<String> topicSlugs,
            List<String> countryCodes, List<String> regionSlugs) {
        return create(slug, "Test item " + slug, "Summary of " + slug, "Body of " + slug, publishedOn, type,
                topicSlugs, countryCodes, regionSlugs);
    }

    public long createText(String slug, String title, String summary, String body, LocalDate publishedOn) {
        return create(slug, title, summary, body, publishedOn, NewsType.FEATURE, List.of(), List.of(), List.of());
    }

    public long create(String slug, String title, String summary, String body, LocalDate publishedOn, NewsType type,
            List<String> topicSlugs, List<String> countryCodes, List<String> regionSlugs) {
        Owned owner = owner();
        long id = writer().create(slug, title, summary, body, publishedOn, type, topicSlugs, countryCodes, regionSlugs);
        owner.items.add(id);
        return id;
    }

    /** Creates items with one {@code INSERT INTO news_item … RETURNING id}, for many at once; they are owned alike. */
    public List<Long> insert(String sql, Object... values) throws SQLException {
        Owned owner = owner();
        List<Long> ids = writer().insert(sql, values);
        owner.items.addAll(ids);
        return ids;
    }

    /**
     * Changes what the entity model cannot set as a test needs it (say, hostile text in a column, or a past
     * updated_at) with one SQL statement and these parameters, then catches up like a writer. Rows it adds to
     * an owned item go with the item; anything else the test puts back itself.
     */
    public void execute(String sql, Object... values) throws SQLException {
        writer().execute(sql, values);
    }

    /** The same, but as another instance writes: this one learns of the change only by its notification. */
    public void executeWithoutCatchingUp(String sql, Object... values) throws SQLException {
        writer().executeWithoutCatchingUp(sql, values);
    }

    /** Owns what a 201 answer of the API created (an item, topic or region); other answers created nothing. */
    public Response remember(Response response) {
        if (response.statusCode() == 201) {
            own(response.header("Location"), () -> response.path("id"));
        }
        return response;
    }

    /** The same for an answer of java.net.http's client. */
    public HttpResponse<String> remember(HttpResponse<String> response) {
        if (response.statusCode() == 201) {
            own(response.headers().firstValue("Location").get(), () -> JsonPath.from(response.body()).get("id"));
        }
        return response;
    }

    /** What a Location names: an item (its id from the answer), or else a topic or region (its slug). */
    private void own(String location, Supplier<Number> itemId) {
        String path = URI.create(location).getPath();
        if (path.startsWith(NEWS)) {
            owner().items.add(itemId.get().longValue());
        } else {
            VOCABULARY.forEach((collection, table) -> {
                if (path.startsWith(collection)) {
                    owner().vocabulary.put(path.substring(collection.length()), table);
                }
            });
        }
    }

    /** Removes an owned item now, for a test of what its removal changes. */
    public void remove(long id) throws SQLException {
        forTest.items.remove(id);
        forClass.items.remove(id);
        writer().deleteItems(List.of(id));
    }

    /** Whose data a new entry is: the running test's, or else the class's (a static field's, in @BeforeAll). */
    private Owned owner() {
        if (testRunning) {
            return forTest;
        }
        if (classScoped) {
            return forClass;
        }
        throw new IllegalStateException("Data made outside a test outlives it: register the NewsFixture in a static field");
    }

    private static Writer writer() {
        return Arc.container().instance(Writer.class).get();
    }

    /** Item ids, and taxonomy slugs with their tables. Concurrent: a test may create from several threads. */
    private static final class Owned {

        final Set<Long> items = ConcurrentHashMap.newKeySet();
        final Map<String, String> vocabulary = new ConcurrentHashMap<>();

        /** Items first: a topic or region of the test may tag them. */
        void removeAll() throws SQLException {
            if (!items.isEmpty()) {
                writer().deleteItems(new ArrayList<>(items));
                items.clear();
            }
            for (Map.Entry<String, String> entry : vocabulary.entrySet()) {
                writer().execute("DELETE FROM " + entry.getValue() + " WHERE slug = ?", entry.getKey());
            }
            vocabulary.clear();
        }
    }

    /** The writes, one transaction each like a real writer's, with a ContentChanged event or a catch-up. */
    @Unremovable
    @ApplicationScoped
    static class Writer {

        private final ReadSession primary;
        private final NewsRepository news;
        private final Vocabulary vocabulary;
        private final ContentVersion contentVersion;
        private final Event<ContentChanged> changes;
        private final AgroalDataSource dataSource;

        Writer(NewsRepository news, Vocabulary vocabulary, ContentVersion contentVersion, Event<ContentChanged> changes,
                AgroalDataSource dataSource, ReadSessions sessions) {
            this.primary = sessions.primary();
            this.news = news;
            this.vocabulary = vocabulary;
            this.contentVersion = contentVersion;
            this.changes = changes;
            this.dataSource = dataSource;
        }

        @Transactional
        long create(String slug, String title, String summary, String body, LocalDate publishedOn, NewsType type,
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

        List<Long> insert(String sql, Object... values) throws SQLException {
            List<Long> ids = query(sql, values);
            contentVersion.catchUp();
            return ids;
        }

        /** The rows of each COUNTED table. */
        List<Long> counts() throws SQLException {
            List<Long> counts = new ArrayList<>();
            for (String table : COUNTED) {
                counts.addAll(query("SELECT count(*) FROM " + table));
            }
            return counts;
        }

        /** The first column of each row the query answers. */
        private List<Long> query(String sql, Object... values) throws SQLException {
            List<Long> column = new ArrayList<>();
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = prepare(connection, sql, values);
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    column.add(rows.getLong(1));
                }
            }
            return column;
        }

        /** Their tags, old slugs and revisions go with them (ON DELETE CASCADE). */
        void deleteItems(List<Long> ids) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = connection.prepareStatement("DELETE FROM news_item WHERE id = ANY (?)")) {
                statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
                statement.executeUpdate();
            }
            contentVersion.catchUp();
        }

        void execute(String sql, Object... values) throws SQLException {
            executeWithoutCatchingUp(sql, values);
            contentVersion.catchUp();
        }

        void executeWithoutCatchingUp(String sql, Object... values) throws SQLException {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement statement = prepare(connection, sql, values)) {
                statement.executeUpdate();
            }
        }

        private static PreparedStatement prepare(Connection connection, String sql, Object... values)
                throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement;
        }
    }
}
