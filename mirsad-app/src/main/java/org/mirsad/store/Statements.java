package org.mirsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;

/** The named statements of {@link Queries}, prepared once per connection, with parameter binding. */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** Runs an INSERT/UPDATE/DELETE; returns the rows changed. */
    int update(String name, Object... params) throws SQLException {
        return bind(name, params).executeUpdate();
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
        PreparedStatement p = prepared.get(name);
        if (p == null) {
            p = connection.prepareStatement(Queries.get(name));
            prepared.put(name, p);
        }
        p.clearParameters();
        for (int i = 0; i < params.length; i++) {
            Object v = params[i];
            if (v == null) {
                p.setNull(i + 1, Types.NULL);
            } else if (v instanceof Integer n) {
                p.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                p.setLong(i + 1, n);
            } else if (v instanceof Double d) {
                p.setDouble(i + 1, d);
            } else {
                p.setString(i + 1, v.toString());
            }
        }
        return p;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement p : prepared.values()) {
            p.close();
        }
        prepared.clear();
    }
}
