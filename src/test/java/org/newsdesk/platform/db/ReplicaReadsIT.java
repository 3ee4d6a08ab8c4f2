package org.newsdesk.platform.db;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.editorial.Tokens;
import org.newsdesk.news.NewsFixture;
import org.newsdesk.news.NewsType;
import org.newsdesk.platform.db.faults.FaultyProxy;
import org.newsdesk.platform.http.Management;

/**
 * Public reads on a real PostgreSQL streaming replica (.ci/replica): served there while it is up to
 * date, by the primary while it lags (WAL replay paused by the test) or is cut off, and there again
 * once it is back; editors' reads always on the primary. The counters of newsdesk_replica_reads_total
 * show who served each read.
 */
@QuarkusTest
@NeedsReplica
@TestProfile(ReplicaDatabase.class)
class ReplicaReadsIT {

    private static final long CATCH_UP_MILLIS = 10_000;

    FaultyProxy proxy;

    @RegisterExtension
    final NewsFixture news = new NewsFixture();

    private boolean replicaThere;

    @BeforeEach
    void replicaIsThere() {
        if (ReplicaDatabase.configuredReplicaUrl() == null) {
            fail("CI must provide the read replica: set TEST_DB_URL and TEST_REPLICA_URL (.ci/replica makes one)");
        }
        try (Connection replica = replica()) {
            try (Statement statement = replica.createStatement();
                    ResultSet recovery = statement.executeQuery("SELECT pg_is_in_recovery()")) {
                recovery.next();
                assertThat("the replica database is a standby", recovery.getBoolean(1), is(true));
            }
            replicaThere = true;
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                fail("CI must provide the read replica (.ci/replica): " + e.getMessage());
            }
            Assumptions.abort("No read replica at " + ReplicaDatabase.replicaUrl() + " (bash .ci/replica starts one): "
                    + e.getMessage());
        }
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (!replicaThere) {
            return;
        }
        proxy.restore();
        replay("pg_wal_replay_resume");
    }

    @Test
    void publicReadsAreServedByTheReplicaAndEditorsReadThePrimary() throws Exception {
        String slug = ownItem("replica-served", LocalDate.of(2019, 2, 15));
        replicaCatchesUp();
        replay("pg_wal_replay_pause");
        // A change the primary makes without bumping the content version (triggers off), which the paused
        // replica does not get: whoever answers shows which database it read.
        try (Connection primary = DriverManager.getConnection(ReplicaDatabase.primaryUrl(), "postgres", "");
                Statement off = primary.createStatement();
                PreparedStatement rename = primary.prepareStatement("UPDATE news_item SET title = ? WHERE slug = ?")) {
            off.execute("SET session_replication_role = replica");
            rename.setString(1, "Renamed on the primary only");
            rename.setString(2, slug);
            assertEquals(1, rename.executeUpdate());
        }
        double served = reads("served");

        given().get("/api/v1/news/" + slug).then().statusCode(200).body("title", is("Test item " + slug));
        assertEquals(served + 1, reads("served"));
        given().header("Authorization", Tokens.editor()).get("/api/v1/news/" + slug)
                .then().statusCode(200).body("title", is("Renamed on the primary only"));
        assertEquals(served + 1, reads("served"), "an editor's read never goes to the replica");
    }

    @Test
    void aLaggingReplicaLeavesTheReadToThePrimaryUntilItCatchesUp() throws Exception {
        replicaCatchesUp();
        replay("pg_wal_replay_pause");
        String slug = ownItem("replica-lagging", LocalDate.of(2019, 3, 15));
        double lagging = reads("lagging");

        given().get("/api/v1/news/" + slug).then().statusCode(200).body("title", is("Test item " + slug));
        given().get("/api/v1/news?from=2019-03-01&to=2019-03-31").then().statusCode(200)
                .body("items.slug", hasItem(slug));
        assertEquals(lagging + 2, reads("lagging"));
        JsonPath ready = readiness();
        assertThat(ready.getString("status"), is("UP"));
        assertThat(replicaCheck(ready).get("status"), is("UP"));
        assertThat((String) data(ready).get("state"), startsWith("behind"));

        replay("pg_wal_replay_resume");
        replicaCatchesUp();
        double served = reads("served");
        given().get("/news/" + slug).then().statusCode(200).body(containsString("Test item " + slug));
        assertEquals(served + 1, reads("served"));
        assertThat((String) data(readiness()).get("state"), is("current"));
    }

    @Test
    void anUnreachableReplicaLeavesTheReadsToThePrimaryAndIsTriedAgainLater() throws Exception {
        String slug = ownItem("replica-cut", LocalDate.of(2019, 4, 15));
        replicaCatchesUp();
        proxy.cut();
        double unavailable = reads("unavailable");

        long started = System.nanoTime();
        JsonPath ready = readiness();
        assertThat("within a probe's 1 s timeout", millisSince(started), lessThan(1_000L));
        assertThat("the primary serves: the instance stays ready", ready.getString("status"), is("UP"));
        assertThat((String) data(ready).get("state"), startsWith("unreachable"));

        started = System.nanoTime();
        given().get("/api/v1/news/" + slug).then().statusCode(200).body("title", is("Test item " + slug));
        long first = millisSince(started);
        started = System.nanoTime();
        given().get("/news/" + slug).then().statusCode(200);
        long second = millisSince(started);
        // At most one wait for a connection attempt (login timeout 1 s); then the replica is set aside
        // for the retry interval and reads go straight to the primary.
        assertThat(first, lessThan(2_500L));
        assertThat(second, lessThan(500L));
        assertEquals(unavailable + 2, reads("unavailable"));

        proxy.restore();
        Thread.sleep(ReplicaDatabase.RETRY_MILLIS);
        double served = reads("served");
        given().get("/api/v1/news?from=2019-04-01&to=2019-04-30").then().statusCode(200)
                .body("items.slug", hasItem(slug));
        assertEquals(served + 1, reads("served"));
    }

    @Test
    void aReadTheReplicaFailsIsMadeAgainOnThePrimary() throws Exception {
        replicaCatchesUp();
        double failed = reads("failed");
        given().get("/test-only/replica-sensitive?at=" + System.nanoTime()).then().statusCode(200)
                .body("answer", is(42));
        assertEquals(failed + 1, reads("failed"));
    }

    @Test
    void theReplicaIsCountedInTheMetrics() {
        String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        for (String outcome : List.of("served", "lagging", "unavailable", "failed", "version_unknown")) {
            assertThat(metrics, containsString("newsdesk_replica_reads_total{outcome=\"" + outcome + "\"}"));
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** An item of this test, published on a day (a month) that no other test's list asks for. */
    private String ownItem(String prefix, LocalDate day) {
        String slug = prefix + "-" + System.nanoTime();
        news.create(slug, day, NewsType.NEWS, List.of(), List.of(), List.of());
        return slug;
    }

    /** Waits until the replica has replayed the primary's current content version. */
    private static void replicaCatchesUp() throws Exception {
        long target = version(DriverManager.getConnection(ReplicaDatabase.primaryUrl(), "postgres", ""));
        long deadline = System.currentTimeMillis() + CATCH_UP_MILLIS;
        while (version(replica()) < target) {
            if (System.currentTimeMillis() > deadline) {
                fail("the replica did not catch up within " + CATCH_UP_MILLIS + " ms");
            }
            Thread.sleep(20);
        }
    }

    private static long version(Connection connection) throws SQLException {
        try (connection; Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version FROM content_version")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Pauses or resumes WAL replay on the replica. */
    private static void replay(String function) throws SQLException {
        try (Connection replica = replica(); Statement statement = replica.createStatement()) {
            statement.execute("SELECT " + function + "()");
        }
    }

    private static Connection replica() throws SQLException {
        return DriverManager.getConnection(ReplicaDatabase.replicaUrl(), "postgres", "");
    }

    private static double reads(String outcome) {
        String metrics = given().get(Management.url("/q/metrics")).then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("(?m)^newsdesk_replica_reads_total\\{outcome=\"" + outcome + "\"} (\\S+)$")
                .matcher(metrics);
        assertThat("newsdesk_replica_reads_total{outcome=" + outcome + "} is exported", value.find(), is(true));
        return Double.parseDouble(value.group(1));
    }

    private static JsonPath readiness() {
        return given().get(Management.url("/q/health/ready")).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> replicaCheck(JsonPath ready) {
        return ready.getMap("checks.find { it.name == 'Read replica' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(JsonPath ready) {
        return (Map<String, Object>) replicaCheck(ready).get("data");
    }
}
