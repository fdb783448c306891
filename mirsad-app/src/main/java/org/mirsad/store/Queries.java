package org.mirsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The store's SQL, kept as data in {@code queries.sql}: named statements, each starting at a
 * {@code -- name: x} line. Loaded once; {@link #get} fails loudly on a name that is not there.
 */
final class Queries {

    private static final String RESOURCE = "queries.sql";
    private static final String NAME_MARK = "-- name:";
    private static final String VALUES = "VALUES";
    private static final Map<String, String> ALL = load();

    private Queries() {
    }

    static String get(String name) {
        String sql = ALL.get(name);
        if (sql == null) {
            throw new IllegalArgumentException("no query named '" + name + "' in " + RESOURCE);
        }
        return sql;
    }

    /**
     * The named INSERT with its {@code VALUES (?, …)} row written {@code rows} times, for a multi-row insert
     * ({@link Statements#insertRows}); what follows the row (an upsert clause) stays.
     */
    static String withRows(String name, int rows) {
        String sql = get(name);
        int values = sql.indexOf(VALUES);
        int open = values < 0 ? -1 : sql.indexOf('(', values);
        int close = open < 0 ? -1 : sql.indexOf(')', open);
        if (close < 0) {
            throw new IllegalArgumentException("query '" + name + "' has no VALUES row to repeat");
        }
        String row = sql.substring(open, close + 1);
        StringBuilder sb = new StringBuilder(sql.length() + rows * (row.length() + 2)).append(sql, 0, close + 1);
        for (int i = 1; i < rows; i++) {
            sb.append(", ").append(row);
        }
        return sb.append(sql, close + 1, sql.length()).toString();
    }

    static Map<String, String> all() {
        return ALL;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sql = new StringBuilder();
        for (String line : resource(RESOURCE).split("\n")) {
            if (line.startsWith(NAME_MARK)) {
                put(out, name, sql);
                name = line.substring(NAME_MARK.length()).strip();
                sql.setLength(0);
            } else if (name != null && !line.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        put(out, name, sql);
        return Map.copyOf(out);
    }

    private static void put(Map<String, String> out, String name, StringBuilder sql) {
        if (name != null && out.put(name, sql.toString().strip()) != null) {
            throw new IllegalStateException("query '" + name + "' is named twice in " + RESOURCE);
        }
    }

    /** A UTF-8 resource next to this class, or null when absent. */
    static String resourceOrNull(String name) {
        try (InputStream in = Queries.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static String resource(String name) {
        String text = resourceOrNull(name);
        if (text == null) {
            throw new IllegalStateException("resource " + name + " is missing from the build");
        }
        return text;
    }
}
