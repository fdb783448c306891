package org.mirsad.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.mirsad.model.Page;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;

/**
 * The front door to reading: a path (file or directory, or "-" for standard input) in, pages and
 * rejections out, streamed to a {@link RecordSink}. Every input record ends as exactly one page or
 * one rejection, and a file that yields neither (no records at all) is itself one rejection, so
 * what was read always adds up.
 *
 * <p>The format comes from the file name (.txt, .html/.htm, .json, .jsonl/.ndjson, .warc, .wet, and
 * .gz of any of them) and, for other names and standard input, from the first bytes (see
 * {@link InputFormat#sniff}). Gzip is recognised by its magic bytes, whatever the name.
 */
public final class Readers {

    private static final int SNIFF_BYTES = 1024;

    private Readers() {
    }

    /** Reads a file, a directory (walked recursively in name order) or "-" with the default limits. */
    public static void read(String path, RecordSink sink) {
        read(path, sink, ReadOptions.DEFAULTS);
    }

    /** Reads a file, a directory (walked recursively in name order) or "-" with {@code options}. */
    public static void read(String path, RecordSink sink, ReadOptions options) {
        if (path == null || sink == null || options == null) {
            throw new IllegalArgumentException("path, sink and options must not be null");
        }
        if (path.equals("-")) {
            readInput(path, null, System.in, sink, options);
            return;
        }
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            sink.rejected(new Rejection(Provenance.ofFile(path, 0), "no such file or directory"));
        } else if (Files.isDirectory(p)) {
            if (walk(p, sink, options) == 0) {
                sink.rejected(new Rejection(Provenance.ofFile(path, 0), "no files in the directory"));
            }
        } else {
            readFile(path, p, sink, options);
        }
    }

    /** Reads {@code in} (standard input or any stream), named {@code name} in provenance and messages. */
    public static void read(String name, InputStream in, RecordSink sink, ReadOptions options) {
        readInput(name, null, in, sink, options);
    }

    /** Reads every file under {@code dir} and returns how many there were. */
    private static int walk(Path dir, RecordSink sink, ReadOptions options) {
        List<Path> children;
        try (Stream<Path> list = Files.list(dir)) {
            children = list.filter(c -> !c.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(c -> c.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            sink.rejected(new Rejection(Provenance.ofFile(dir.toString(), 0), "cannot list directory: " + reason(e)));
            return 1;
        }
        int files = 0;
        for (Path child : children) {
            // Symbolic links to directories are not followed: they can loop.
            if (Files.isDirectory(child) && !Files.isSymbolicLink(child)) {
                files += walk(child, sink, options);
            } else if (Files.isRegularFile(child)) {
                readFile(child.toString(), child, sink, options);
                files++;
            }
        }
        return files;
    }

    private static void readFile(String path, Path file, RecordSink sink, ReadOptions options) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            sink.rejected(new Rejection(Provenance.ofFile(path, 0), "cannot read: " + reason(e)));
            return;
        }
        readInput(path, file, in, sink, options);
    }

    private static void readInput(String path, Path file, InputStream in, RecordSink sink, ReadOptions options) {
        CountingSink counted = new CountingSink(sink);
        boolean empty = false;
        try (BufferedInputStream raw = new BufferedInputStream(in, 1 << 16)) {
            byte[] head = ContentStream.peek(raw, SNIFF_BYTES);
            empty = head.length == 0;
            String name = file == null ? path : file.getFileName().toString();
            InputFormat format = InputFormat.byName(name).orElseGet(() -> InputFormat.sniff(head, head.length));
            if (format == InputFormat.WARC) {
                WarcFileReader.read(path, file, raw, options, counted);
            } else {
                ContentStream content = ContentStream.open(raw);
                switch (format) {
                    case TEXT -> TextReader.read(path, content, options, counted);
                    case HTML -> HtmlReader.read(path, content, options, counted);
                    case JSON -> JsonReader.read(path, content, options, isJsonLines(name), counted);
                    default -> throw new IllegalStateException("no reader for " + format);
                }
            }
        } catch (IOException e) {
            counted.rejected(new Rejection(Provenance.ofFile(path, 0), "cannot read: " + reason(e)));
        }
        if (counted.count == 0) {
            sink.rejected(new Rejection(Provenance.ofFile(path, 0), empty ? "empty file" : "no records in the file"));
        }
    }

    private static boolean isJsonLines(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson.gz");
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }

    /** Counts what a file gave, so that a file giving nothing is reported rather than lost. */
    private static final class CountingSink implements RecordSink {
        private final RecordSink sink;
        private int count;

        CountingSink(RecordSink sink) {
            this.sink = sink;
        }

        @Override
        public void page(Page page) {
            count++;
            sink.page(page);
        }

        @Override
        public void rejected(Rejection rejection) {
            count++;
            sink.rejected(rejection);
        }
    }
}
