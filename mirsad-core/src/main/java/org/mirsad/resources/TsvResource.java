package org.mirsad.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Rows of a tab-separated resource file: '#' lines are comments, the first other line is the header,
 * every row must have the header's columns (a broken table fails loudly at load, naming file and line).
 */
public final class TsvResource {

    private TsvResource() {
    }

    /** The rows of {@code resource} (relative to {@code owner}'s package), header skipped. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int columns = -1;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns < 0) {
                    columns = cells.length;
                    continue;
                }
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + " line " + n + ": " + cells.length
                            + " columns, the header has " + columns);
                }
                rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return rows;
    }

    /** The lines of a word-list resource (one item a line), stripped, without '#' comments and blank lines. */
    public static List<String> lines(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return out;
    }

    /**
     * Hands each line of a large resource to {@code line}, streamed (a {@code .gz} resource is
     * decompressed), without '#' comments and blank lines; the lines are not stripped (a leading tab
     * may mean something to the caller).
     */
    public static void forEachLine(Class<?> owner, String resource, Consumer<String> line) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
        }
        try (InputStream raw = resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (!l.isBlank() && !l.startsWith("#")) {
                    line.accept(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }

    /** The '|'-separated items of a cell; an empty cell gives none. */
    public static List<String> items(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
