package org.mirsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Language data shipped as tab-separated resource files: one row a line, {@code #} starts a comment
 * line, blank lines are skipped. A malformed file is a build mistake, so it fails loudly, naming the
 * file and line.
 */
public final class TsvResource {

    private TsvResource() {
    }

    /** The rows of resource {@code name} beside {@code owner}, each with at least {@code minColumns} cells. */
    public static List<String[]> read(Class<?> owner, String name, int minColumns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing beside " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < minColumns) {
                    throw new IllegalStateException(name + " line " + n + ": " + minColumns + " tab-separated cells expected, found "
                            + cells.length);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].trim();
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return List.copyOf(rows);
    }
}
