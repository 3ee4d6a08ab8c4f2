package org.newsdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A statement gets the plan it asks for, generic or for its values, and leaves the connection's planning as it found it. */
@QuarkusTest
class NamedStatementIT {

    @Inject
    AgroalDataSource dataSource;

    /**
     * A statement of its own per test (the marker), so that the connection's prepared statements tell it apart. Its
     * plans cost the same for every value, so that PostgreSQL, left to itself, would soon plan it generically.
     */
    private static String statement(String marker) {
        return "SELECT g AS n, '" + marker + "' AS marker FROM generate_series(1, 200) g WHERE g <= :last AND g % :every = 0";
    }

    @Test
    void eachStatementGetsThePlanItAsksForAndTheSameAnswer() throws SQLException {
        String marker = UUID.randomUUID().toString();
        NamedStatement generic = NamedStatement.of(statement(marker), NamedStatement.Plan.GENERIC);
        NamedStatement custom = NamedStatement.of(statement(marker + "-custom"));
        try (Connection connection = dataSource.getConnection()) {
            for (int last = 1; last <= 12; last++) {
                Map<String, Object> values = Map.of("last", last * 10, "every", 3);
                assertEquals(custom.query(connection, values, NamedStatementIT::numbers),
                        generic.query(connection, values, NamedStatementIT::numbers));
                assertEquals("auto", planCacheMode(connection), "the setting is reset after each run");
            }
            // The driver prepares a statement on the server from its fifth run on (runs 5 to 12). Left to itself,
            // PostgreSQL would plan the first five of those for their values and the rest generically.
            long[] generics = plans(connection, marker + "' AS marker");
            assertEquals(8, generics[0], "generic plans");
            assertEquals(0, generics[1], "custom plans");
            long[] customs = plans(connection, marker + "-custom' AS marker");
            assertEquals(0, customs[0], "generic plans");
            assertEquals(8, customs[1], "custom plans");
        }
    }

    @Test
    void aFailingGenericStatementLeavesTheSettingAsItWas() throws SQLException {
        NamedStatement failing = NamedStatement.of(statement(UUID.randomUUID().toString()), NamedStatement.Plan.GENERIC);
        try (Connection connection = dataSource.getConnection()) {
            assertTrue(connection.getAutoCommit());
            assertThrows(SQLException.class, () -> failing.query(connection, Map.of("last", 10, "every", 0),
                    NamedStatementIT::numbers)); // division by zero
            assertEquals("auto", planCacheMode(connection));

            connection.setAutoCommit(false);
            try {
                assertEquals(List.of(5, 10), failing.query(connection, Map.of("last", 10, "every", 5),
                        NamedStatementIT::numbers));
                assertEquals("auto", planCacheMode(connection), "reset within the transaction too");
                assertThrows(SQLException.class, () -> failing.query(connection, Map.of("last", 10, "every", 0),
                        NamedStatementIT::numbers));
                connection.rollback();
                assertEquals("auto", planCacheMode(connection), "the failed transaction's SET is rolled back");
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static List<Integer> numbers(ResultSet rows) throws SQLException {
        List<Integer> numbers = new ArrayList<>();
        while (rows.next()) {
            numbers.add(rows.getInt("n"));
        }
        return numbers;
    }

    private static String planCacheMode(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT current_setting('plan_cache_mode')")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Generic and custom plans made so far for the connection's prepared statement that holds {@code text}. */
    private static long[] plans(Connection connection, String text) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(sum(generic_plans), 0), coalesce(sum(custom_plans), 0)"
                        + " FROM pg_prepared_statements WHERE statement LIKE '%" + text.replace("'", "''") + "%'"
                        + " AND statement NOT LIKE '%pg_prepared_statements%'")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }
}
