package org.mirsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the newest schema: numbered SQL files {@code migrations/001.sql},
 * {@code 002.sql} … applied in order, each in its own transaction together with its row in
 * {@code schema_version}, so a crash mid-migration leaves the previous version intact. A database
 * newer than this build is refused rather than guessed at.
 */
final class Migrations {

    private Migrations() {
    }

    /** The newest schema version this build knows (the highest numbered migration file). */
    static int latest() {
        int v = 0;
        while (Queries.resourceOrNull(file(v + 1)) != null) {
            v++;
        }
        return v;
    }

    /** Applies every missing migration; returns the version the database is at afterwards. */
    static int migrate(Connection c, String where) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        int current = current(c);
        int latest = latest();
        if (current > latest) {
            throw new StoreException(where + " has schema version " + current + ", newer than this Mirsad knows ("
                    + latest + "); use a newer Mirsad or another --data directory");
        }
        for (int v = current + 1; v <= latest; v++) {
            apply(c, v);
        }
        return latest;
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static void apply(Connection c, int version) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : statements(Queries.resourceOrNull(file(version)))) {
                s.execute(statement);
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                p.setInt(1, version);
                p.setString(2, Instant.now().toString());
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration " + file(version) + " failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Statements of a migration file: '--' comment lines dropped, split where a line ends with ';'. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n")) {
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) {
                continue;
            }
            sb.append(line).append('\n');
            if (t.endsWith(";")) {
                out.add(sb.toString().strip());
                sb.setLength(0);
            }
        }
        if (!sb.toString().isBlank()) {
            out.add(sb.toString().strip());
        }
        return out;
    }

    private static String file(int version) {
        return String.format("migrations/%03d.sql", version);
    }
}
