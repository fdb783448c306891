package org.mirsad.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo corpus shipped inside the jar: files under {@code org/mirsad/demo/corpus/}, named one
 * per line in {@code org/mirsad/demo/corpus.txt} (a jar cannot be listed reliably, so the listing
 * is data). {@link #extractTo} writes them out so that ingest reads them like any user's files.
 */
public final class DemoCorpus {

    static final String LISTING = "corpus.txt";
    static final String FOLDER = "corpus/";

    private DemoCorpus() {
    }

    /** The relative file names of the corpus, in listing order; '#' lines and blanks skipped. */
    public static List<String> files() {
        List<String> out = new ArrayList<>();
        for (String line : text(LISTING).split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (name.startsWith("/") || name.contains("..")) {
                throw new IllegalStateException(LISTING + " names '" + name + "', which is not inside the corpus");
            }
            out.add(name);
        }
        return List.copyOf(out);
    }

    /** Writes every corpus file under {@code dir} (created when absent); returns them in listing order. */
    public static List<Path> extractTo(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String name : files()) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = open(FOLDER + name)) {
                Files.copy(in, target);
            }
            out.add(target);
        }
        return out;
    }

    private static String text(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = DemoCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the demo corpus file " + resource + " is missing from the build");
        }
        return in;
    }
}
