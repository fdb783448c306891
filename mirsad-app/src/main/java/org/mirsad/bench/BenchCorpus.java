package org.mirsad.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mirsad.json.Json;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;
import org.mirsad.read.Readers;
import org.mirsad.read.RecordSink;

/**
 * The benchmark's input, written once as one JSONL file so that every measurement reads the same
 * records: the first {@code limit} records the readers deliver from the corpus (any format), then,
 * with {@code replicate} K, K−1 more passes over them with a few words edited ({@link Perturbation}),
 * copy k dated {@value #DAYS_PER_COPY} × k days later (publication and fetch dates): a replicated
 * input goes on in time as a long feed does, so that what is kept per day of news, not per article
 * of all time, is what a larger run measures.
 * Streamed record by record: the corpus is never held in memory.
 *
 * @param file    the JSONL file (scraper fields: title, content, url, dates, source, author)
 * @param records records in it
 * @param skipped records of the corpus the readers rejected (not in the file)
 */
record BenchCorpus(Path file, long records, long skipped) {

    /** How much later each copy is dated: more than the stories' window, so copies do not pile up in one. */
    static final int DAYS_PER_COPY = 35;

    /** Writes the benchmark input for {@code corpus} into {@code file}. */
    static BenchCorpus write(Path corpus, long limit, int replicate, Path file) throws IOException {
        return write(corpus, 0, limit, 0, replicate, file);
    }

    /**
     * Writes into {@code file} the records after the first {@code skip} the readers deliver, at most
     * {@code limit} of them, as copies {@code firstCopy} to {@code firstCopy + copies − 1} (copy 0: the
     * records as they are): a warm-up over other records than the timed ones, or over edited copies.
     */
    static BenchCorpus write(Path corpus, long skip, long limit, int firstCopy, int copies, Path file) throws IOException {
        return write(corpus, skip, limit, firstCopy, copies, Long.MAX_VALUE, file);
    }

    /**
     * Writes into {@code file} {@code total} records: edited copies of the first {@code records} the readers
     * deliver, copy {@code firstCopy} first, then the next copy's first records for what is left (the bench's
     * warm-up: more records than the timed ones are a second copy of them).
     */
    static BenchCorpus copies(Path corpus, long records, long total, int firstCopy, Path file) throws IOException {
        long perCopy = Math.min(records, total);
        int copies = perCopy == 0 ? 0 : (int) ((total + perCopy - 1) / perCopy);
        return write(corpus, 0, perCopy, firstCopy, copies, total, file);
    }

    /** {@link #write(Path, long, long, int, int, Path)}, stopping after {@code total} records in all. */
    private static BenchCorpus write(Path corpus, long skip, long limit, int firstCopy, int copies, long total, Path file)
            throws IOException {
        List<Path> files = files(corpus);
        long[] counts = new long[2];
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator out = Json.mapper().getFactory().createGenerator(writer)) {
            out.setRootValueSeparator(new SerializedString("\n"));
            for (int copy = firstCopy; copy < firstCopy + copies; copy++) {
                long[] seen = {0, 0}; // records the readers delivered, records written, this copy
                long copyLimit = Math.min(limit, total - counts[0]);
                for (Path f : files) {
                    if (seen[1] >= copyLimit) {
                        break;
                    }
                    copyRecords(f, skip, copyLimit, copy, out, counts, seen, copy == firstCopy);
                }
            }
            out.writeRaw('\n');
        }
        return new BenchCorpus(file, counts[0], counts[1]);
    }

    /** Each record of the file: its title and text, as plain Lucene would index them. */
    void forEachText(Consumer<String> text) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode record = Json.mapper().readTree(line);
                text.accept(record.path("title").asText("") + "\n\n" + record.path("content").asText(""));
            }
        }
    }

    /** Copies records of {@code f} from the {@code skip}-th of this copy on until {@code limit} are written. */
    private static void copyRecords(Path f, long skip, long limit, int copy, JsonGenerator out, long[] counts, long[] seen,
                                    boolean countRejected) {
        Readers.read(f.toString(), new RecordSink() {
            @Override
            public void page(Page page) {
                if (seen[0]++ >= skip && seen[1] < limit) {
                    write(page, copy, counts[0], out);
                    seen[1]++;
                    counts[0]++;
                }
            }

            @Override
            public void rejected(Rejection rejection) {
                if (countRejected && seen[0] >= skip && seen[1] < limit) {
                    counts[1]++;
                }
            }
        });
    }

    private static void write(Page page, int copy, long record, JsonGenerator g) {
        try {
            g.writeStartObject();
            String url = page.source().url();
            field(g, "url", url == null || copy == 0 ? url : url + "#copy-" + copy);
            field(g, "title", Perturbation.apply(page.metadata().title(), copy, record));
            field(g, "content", Perturbation.apply(page.content(), copy, record));
            field(g, "date_publish", later(page.metadata().date(), copy));
            field(g, "date_extracted", later(page.source().fetched() == null ? null : page.source().fetched().toString(), copy));
            field(g, "source", page.metadata().outlet());
            field(g, "author", page.metadata().author());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A date or timestamp starting with an ISO date, {@link #DAYS_PER_COPY} × copy days later; anything else as it is. */
    static String later(String date, int copy) {
        if (copy == 0 || date == null || date.length() < 10) {
            return date;
        }
        try {
            return java.time.LocalDate.parse(date.substring(0, 10)).plusDays((long) DAYS_PER_COPY * copy) + date.substring(10);
        } catch (java.time.format.DateTimeParseException e) {
            return date;
        }
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    /** The corpus's files in name order (a directory walked recursively, hidden files skipped). */
    private static List<Path> files(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            return List.of(corpus);
        }
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }
}
