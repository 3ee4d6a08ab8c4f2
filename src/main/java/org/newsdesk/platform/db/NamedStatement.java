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
 * <p>PostgreSQL plans a prepared statement anew at each execution while a custom plan looks cheaper than its generic
 * one, which for a list page's statement is most of its cost (1 ms of planning for 0.25 ms of execution). A statement
 * whose best plan is the same whatever its values (no tag or word, whose frequencies decide the plan) can ask for
 * {@link Plan#GENERIC}: it is then planned once per connection (docs/performance.md).
 */
public final class NamedStatement {

    /** Reads a whole result set into a value. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /** How PostgreSQL plans the statement. */
    public enum Plan {
        /** PostgreSQL's choice (plan_cache_mode auto): planned for its values while that looks cheaper. */
        CUSTOM,
        /**
         * One plan for every value, made once per connection: the statement is sent between a SET and a RESET of
         * plan_cache_mode, all three in one round trip, so the setting holds for this statement alone (and an error
         * rolls the SET back with the implicit transaction the three share).
         */
        GENERIC
    }

    private static final String GENERIC_START = "SET plan_cache_mode = force_generic_plan;\n";
    private static final String GENERIC_END = ";\nRESET plan_cache_mode";

    private final String sql;
    private final List<String> names;
    private final Plan plan;

    private NamedStatement(String sql, List<String> names, Plan plan) {
        this.sql = sql;
        this.names = names;
        this.plan = plan;
    }

    /** The statement, planned as PostgreSQL chooses. */
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
        if (plan == Plan.GENERIC) {
            out.append(GENERIC_START);
        }
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
        if (plan == Plan.GENERIC) {
            out.append(GENERIC_END);
        }
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
            if (plan == Plan.CUSTOM) {
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
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
