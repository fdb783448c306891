package org.mirsad.segment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learned boilerplate counts in one TSV file, {@value #FILE_NAME}, in a directory (the data
 * directory): {@code outlet <TAB> pages <TAB> count <TAB> line}, one row per outlet and line, plus a
 * row with an empty line for outlets with no line yet. Written to a temporary file and moved, so a
 * crash never leaves half a file.
 */
public final class FileBoilerplateStore implements BoilerplateStore {

    public static final String FILE_NAME = "boilerplate-lines.tsv";

    private final Path file;

    public FileBoilerplateStore(Path directory) {
        if (directory == null) {
            throw new IllegalArgumentException("directory must not be null");
        }
        this.file = directory.resolve(FILE_NAME);
    }

    @Override
    public Snapshot load() throws IOException {
        if (!Files.exists(file)) {
            return Snapshot.EMPTY;
        }
        Map<String, Integer> pages = new HashMap<>();
        Map<String, Map<String, Integer>> lines = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String row; (row = r.readLine()) != null; ) {
                n++;
                String[] cols = row.split("\t", 4);
                if (cols.length != 4) {
                    throw new IOException(file + " line " + n + ": expected outlet, pages, count, line");
                }
                try {
                    pages.put(cols[0], Integer.parseInt(cols[1]));
                    Map<String, Integer> m = lines.computeIfAbsent(cols[0], o -> new HashMap<>());
                    if (!cols[3].isEmpty()) {
                        m.put(cols[3], Integer.parseInt(cols[2]));
                    }
                } catch (NumberFormatException e) {
                    throw new IOException(file + " line " + n + ": not a number: " + e.getMessage(), e);
                }
            }
        }
        Map<String, OutletSnapshot> out = new HashMap<>();
        pages.forEach((o, p) -> out.put(o, new OutletSnapshot(p, lines.getOrDefault(o, Map.of()))));
        return new Snapshot(out);
    }

    @Override
    public void save(Snapshot snapshot) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (var e : new TreeMap<>(snapshot.outlets()).entrySet()) {
                String outlet = e.getKey().replace('\t', ' ').replace('\n', ' ');
                OutletSnapshot s = e.getValue();
                w.write(outlet + "\t" + s.pages() + "\t0\t\n");
                for (var l : new TreeMap<>(s.lines()).entrySet()) {
                    w.write(outlet + "\t" + s.pages() + "\t" + l.getValue() + "\t" + l.getKey() + "\n");
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
