package org.mirsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The named statements of {@link Queries}, prepared once per connection, with parameter binding. */
final class Statements implements AutoCloseable {

    /** Rows a multi-row INSERT holds at most ({@link #insertRows}); a statement is prepared per row count. */
    static final int MAX_ROWS = 16;

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** Runs an INSERT/UPDATE/DELETE; returns the rows changed. */
    int update(String name, Object... params) throws SQLException {
        return bind(name, params).executeUpdate();
    }

    /**
     * Runs an INSERT of many rows as few statements: the named statement's one {@code VALUES (?, …)} row
     * repeated for up to {@value #MAX_ROWS} rows a statement. Rows go in in order, each as its own
     * statement would (an upsert sees the rows before it). An article's ~11 mentions, ~3 quotes and ~3
     * events were a statement each, a JNI round trip and a virtual-machine run each.
     */
    void insertRows(String name, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += MAX_ROWS) {
            int n = Math.min(MAX_ROWS, rows.size() - from);
            PreparedStatement p = n == 1 ? statement(name, () -> Queries.get(name))
                    : statement(name + "*" + n, () -> Queries.withRows(name, n));
            p.clearParameters();
            int at = 1;
            for (int r = from; r < from + n; r++) {
                for (Object v : rows.get(r)) {
                    set(p, at++, v);
                }
            }
            p.executeUpdate();
        }
    }

    /** Runs a query; the caller closes the result set. */
    ResultSet query(String name, Object... params) throws SQLException {
        return bind(name, params).executeQuery();
    }

    /** The first column of the first row as a string, or null when there is no row. */
    String first(String name, Object... params) throws SQLException {
        try (ResultSet rs = query(name, params)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private PreparedStatement bind(String name, Object... params) throws SQLException {
        PreparedStatement p = statement(name, () -> Queries.get(name));
        p.clearParameters();
        for (int i = 0; i < params.length; i++) {
            set(p, i + 1, params[i]);
        }
        return p;
    }

    /** The statement prepared under {@code key}, prepared from {@code sql} at its first use. */
    private PreparedStatement statement(String key, Supplier<String> sql) throws SQLException {
        PreparedStatement p = prepared.get(key);
        if (p == null) {
            p = connection.prepareStatement(sql.get());
            prepared.put(key, p);
        }
        return p;
    }

    private static void set(PreparedStatement p, int at, Object v) throws SQLException {
        if (v == null) {
            p.setNull(at, Types.NULL);
        } else if (v instanceof Integer n) {
            p.setInt(at, n);
        } else if (v instanceof Long n) {
            p.setLong(at, n);
        } else if (v instanceof Double d) {
            p.setDouble(at, d);
        } else {
            p.setString(at, v.toString());
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : prepared.values()) {
            p.close();
        }
        prepared.clear();
    }
}
