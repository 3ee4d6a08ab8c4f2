package org.newsdesk.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.news.NewsFixture;

/**
 * The item, its tags, its revision and its idempotency record commit together or not at all: a
 * trigger owned by this test makes the revision insert fail for one marked title, after the item
 * and its tags were written in the same transaction.
 */
@QuarkusTest
class AtomicWritesIT {

    private static final String FAILING = "Revision that cannot be written";

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void failRevisionsOfTheMarkedTitle() throws SQLException {
        sql("""
                CREATE FUNCTION test_fail_revision() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.content->>'title' = '%s' THEN RAISE EXCEPTION 'revision refused by the test'; END IF;
                    RETURN NEW;
                END $$""".formatted(FAILING));
        sql("CREATE TRIGGER test_fail_revision BEFORE INSERT ON news_revision FOR EACH ROW "
                + "EXECUTE FUNCTION test_fail_revision()");
    }

    @AfterEach
    void dropTheTrigger() throws SQLException {
        sql("DROP TRIGGER test_fail_revision ON news_revision");
        sql("DROP FUNCTION test_fail_revision()");
    }

    @Test
    void aFailedCreateLeavesNothingBehind() throws SQLException {
        String key = UUID.randomUUID().toString();
        given().header("Authorization", Tokens.editor()).header("Idempotency-Key", key)
                .contentType("application/json")
                .body("{\"title\":\"" + FAILING + "\",\"summary\":\"s\",\"publishedOn\":\"2021-01-01\","
                        + "\"topics\":[\"pensions\"],\"countries\":[\"TH\"]}")
                .post("/api/v1/news").then().statusCode(500).body("errorId", notNullValue());
        assertEquals(0, count("SELECT count(*) FROM news_item WHERE title = ?", FAILING), "no item");
        assertEquals(0, count("SELECT count(*) FROM idempotency_key WHERE key = ?", key), "no idempotency record");
    }

    @Test
    void aFailedChangeLeavesTheItemAsItWas() throws SQLException {
        String title = "Atomic " + UUID.randomUUID();
        var created = news.remember(given().header("Authorization", Tokens.editor()).contentType("application/json")
                .body("{\"title\":\"" + title + "\",\"summary\":\"s\",\"publishedOn\":\"2021-01-01\","
                        + "\"topics\":[\"pensions\"]}")
                .post("/api/v1/news"));
        created.then().statusCode(201);
        String slug = created.path("slug");
        given().header("Authorization", Tokens.editor()).header("If-Match", created.header("ETag"))
                .contentType("application/merge-patch+json")
                .body("{\"title\":\"" + FAILING + "\",\"topics\":[\"children\"],\"countries\":[\"PT\"]}")
                .patch("/api/v1/news/" + slug).then().statusCode(500);
        given().header("Authorization", Tokens.editor()).get("/api/v1/news/" + slug).then().statusCode(200)
                .header("ETag", is(created.header("ETag")))
                .body("title", is(title)).body("revision", is(1))
                .body("topics.slug", is(java.util.List.of("pensions"))).body("countries", is(java.util.List.of()));
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement st = connection.createStatement()) {
            st.execute(statement);
        }
    }

    private long count(String query, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement st = connection.prepareStatement(query)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
