package org.mirsad.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.mirsad.json.Json;

/**
 * The files of the SaudiNewsNet corpus (parallelfold/SaudiNewsNet: one gzip file a day, each a JSON
 * array of {source, url, date_extracted, title, author, content}), record by record, each with its
 * file and 1-based number: the evaluations address records that way (development sets keep pointers,
 * never the text). Streamed: a file is never held whole. The product reads the same files through
 * {@link Readers}; this is for the measurements only.
 */
public final class SaudiNewsNetFiles {

    /** One record: its file, its 1-based number in the file's array, its fields. */
    public record Record(Path file, int number, JsonNode fields) {

        public String text(String field) {
            return fields.path(field).asText("");
        }
    }

    private SaudiNewsNetFiles() {
    }

    /** The {@code .json.gz} files of a directory in name order, or the one file named. */
    public static List<Path> files(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
        }
    }

    /**
     * Hands every record of one file to {@code each}, in order.
     *
     * @throws IOException naming the file when it is not a gzip of a JSON array
     */
    public static void forEach(Path file, Consumer<Record> each) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file));
             JsonParser p = Json.mapper().getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(file + ": not a JSON array");
            }
            int number = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                number++;
                each.accept(new Record(file, number, Json.mapper().readTree(p)));
            }
        }
    }
}
