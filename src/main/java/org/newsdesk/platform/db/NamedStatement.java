package org.newsdesk.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * A native statement with {@code :named} parameters, run on a {@link ReadSession}'s JDBC connection without
 * Hibernate's query machinery. For the hottest reads only: creating a Hibernate native query and mapping its
 * rows cost more CPU than PostgreSQL spends on a cheap list (docs/performance.md). A collection parameter
 * becomes one placeholder per element, as in Hibernate. Errors surface as Hibernate's JDBCException, like those
 * of any other query, so that the fault mappers and the replica fallback treat them the same.
 *
 * <p>How PostgreSQL plans it is the statement's choice, never left to PostgreSQL's own (plan_cache_mode auto). A
 * prepared statement is planned anew at each execution while a plan for its values looks cheaper than a generic one:
 * for a list page that is most of its cost (1 ms of planning for 0.25 ms of execution). Left to itself, PostgreSQL
 * may switch to the generic plan after five executions whenever its estimate looks cheaper, and for a common tag that
 * plan gathers every match (a list of 26 req/s instead of 360 at 100,000 items). So a statement whose best plan is
 * the same whatever its values asks for {@link Plan#GENERIC}, planned once per connection; any other is
 * {@link Plan#CUSTOM}, planned for its values every time (docs/performance.md).
 */
public final class NamedStatement {

    /** Reads a whole result set into a value. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * How PostgreSQL plans the statement. The statement is sent between a SET and a RESET of plan_cache_mode, all
     * three in one round trip, so the setting holds for this statement alone (and an error rolls the SET back with
     * the implicit transaction the three share).
     */
    public enum Plan {
        /** Planned for its values at every execution: a tag's or a word's frequency decides the plan. */
        CUSTOM("force_custom_plan"),
        /** One plan for every value, made once per connection: the best plan does not depend on the values. */
        GENERIC("force_generic_plan");

        private final String mode;

        Plan(String mode) {
            this.mode = mode;
        }
    }

    private final String sql;
    private final List<String> names;
    private final Plan plan;

    private NamedStatement(String sql, List<String> names, Plan plan) {
        this.sql = sql;
        this.names = names;
        this.plan = plan;
    }

    /** The statement, planned for its values at every execution. */
    public static NamedStatement of(String sql) {
        return of(sql, Plan.CUSTOM);
    }

    /** The statement with each {@code :name} outside string literals noted; {@code ::} casts are left alone. */
    public static NamedStatement of(String sql, Plan plan) {
        StringBuilder positional = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        boolean inLiteral = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            }
            boolean name = !inLiteral && c == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))
                    && (i == 0 || sql.charAt(i - 1) != ':');
            if (!name) {
                positional.append(c);
                continue;
            }
            int end = i + 1;
            while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                end++;
            }
            names.add(sql.substring(i + 1, end));
            positional.append('\u0000');
            i = end - 1;
        }
        return new NamedStatement(positional.toString(), List.copyOf(names), plan);
    }

    /** The parameter names in the order they appear (a name used twice appears twice). */
    public List<String> names() {
        return names;
    }

    /** The JDBC text for these values: each name a {@code ?}, a collection one {@code ?} per element. */
    String jdbcSql(Map<String, ?> values) {
        StringBuilder out = new StringBuilder(sql.length() + 64);
        out.append("SET plan_cache_mode = ").append(plan.mode).append(";\n");
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c != '\u0000') {
                out.append(c);
                continue;
            }
            Object value = value(values, names.get(next++));
            int count = value instanceof Collection<?> many ? many.size() : 1;
            // An empty collection is NULL: "IN (NULL)" matches nothing, as an empty list should.
            out.append(count == 0 ? "NULL" : "?, ".repeat(count).substring(0, count * 3 - 2));
        }
        out.append(";\nRESET plan_cache_mode");
        return out.toString();
    }

    /** Runs the statement with these values on the session's connection and reads its rows. */
    public <T> T query(ReadSession session, Map<String, ?> values, Reader<T> reader) {
        String jdbcSql = jdbcSql(values);
        return session.em().unwrap(Session.class).doReturningWork(connection -> run(connection, jdbcSql, values, reader));
    }

    /** Runs the statement with these values on this connection and reads its rows. */
    <T> T query(Connection connection, Map<String, ?> values, Reader<T> reader) throws SQLException {
        return run(connection, jdbcSql(values), values, reader);
    }

    private <T> T run(Connection connection, String jdbcSql, Map<String, ?> values, Reader<T> reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(jdbcSql)) {
            int index = 1;
            for (String name : names) {
                Object value = value(values, name);
                if (value instanceof Collection<?> many) {
                    for (Object element : many) {
                        statement.setObject(index++, element);
                    }
                } else {
                    statement.setObject(index++, value);
                }
            }
            // The SET's result comes first, then the rows.
            boolean rowsNext = statement.execute();
            while (!rowsNext) {
                if (statement.getUpdateCount() == -1) {
                    throw new SQLException("the statement returned no rows");
                }
                rowsNext = statement.getMoreResults();
            }
            try (ResultSet rows = statement.getResultSet()) {
                return reader.read(rows);
            }
        }
    }

    private static Object value(Map<String, ?> values, String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("no value for parameter :" + name);
        }
        return values.get(name);
    }
}
