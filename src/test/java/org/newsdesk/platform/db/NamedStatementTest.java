package org.newsdesk.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedStatementTest {

    @Test
    void namesBecomePlaceholdersInTheOrderTheyAppear() {
        NamedStatement statement = NamedStatement.of("SELECT 1 FROM t WHERE a = :first AND b < :second_2 AND c = :first");

        assertEquals(List.of("first", "second_2", "first"), statement.names());
        assertEquals(custom("SELECT 1 FROM t WHERE a = ? AND b < ? AND c = ?"),
                statement.jdbcSql(Map.of("first", 1, "second_2", "x")));
    }

    @Test
    void castsAndStringLiteralsAreNotParameters() {
        NamedStatement statement = NamedStatement.of(
                "SELECT to_char(d, 'HH24:MI'), x::text, ':notAName' FROM t WHERE y = CAST(:y AS bigint[]) AND z = :z::date");

        assertEquals(List.of("y", "z"), statement.names());
        assertEquals(custom("SELECT to_char(d, 'HH24:MI'), x::text, ':notAName' FROM t WHERE y = CAST(? AS bigint[]) AND z = ?::date"),
                statement.jdbcSql(Map.of("y", "1,2", "z", "2026-01-01")));
    }

    @Test
    void aCollectionTakesOnePlaceholderPerElement() {
        NamedStatement statement = NamedStatement.of("SELECT 1 FROM t WHERE type IN (:types) LIMIT :limit");

        assertEquals(custom("SELECT 1 FROM t WHERE type IN (?, ?, ?) LIMIT ?"),
                statement.jdbcSql(Map.of("types", List.of("news", "story", "video"), "limit", 21)));
        assertEquals(custom("SELECT 1 FROM t WHERE type IN (?) LIMIT ?"),
                statement.jdbcSql(Map.of("types", List.of("news"), "limit", 21)));
        assertEquals(custom("SELECT 1 FROM t WHERE type IN (NULL) LIMIT ?"),
                statement.jdbcSql(Map.of("types", List.of(), "limit", 21)));
    }

    @Test
    void aMissingValueIsRefusedBeforeTheDatabaseSeesTheStatement() {
        NamedStatement statement = NamedStatement.of("SELECT 1 WHERE a = :a AND b = :b");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> statement.jdbcSql(Map.of("a", 1)));
        assertEquals("no value for parameter :b", refused.getMessage());
    }

    @Test
    void thePlanIsAskedForThisStatementAloneInTheSameRoundTrip() {
        assertEquals("SET plan_cache_mode = force_generic_plan;\nSELECT 1 FROM t WHERE a = ?;\nRESET plan_cache_mode",
                NamedStatement.of("SELECT 1 FROM t WHERE a = :a", NamedStatement.Plan.GENERIC).jdbcSql(Map.of("a", 1)));
        assertEquals("SET plan_cache_mode = force_custom_plan;\nSELECT 1 FROM t WHERE a = ?;\nRESET plan_cache_mode",
                NamedStatement.of("SELECT 1 FROM t WHERE a = :a").jdbcSql(Map.of("a", 1)));
    }

    /** The JDBC text of a statement planned for its values. */
    private static String custom(String sql) {
        return "SET plan_cache_mode = force_custom_plan;\n" + sql + ";\nRESET plan_cache_mode";
    }
}
