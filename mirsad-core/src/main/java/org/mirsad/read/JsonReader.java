package org.mirsad.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mirsad.json.Json;
import org.mirsad.model.Provenance;
import org.mirsad.model.Rejection;

/**
 * Scraper exports: a JSON array of records, one record, or JSONL (one record per line). Arrays are
 * streamed one element at a time with Jackson's streaming parser, so a gigabyte array costs one
 * record of memory. JSONL lines are parsed one by one, so a bad line costs that line only; a
 * malformed array cannot be resynchronised, so the rest of it is one rejection.
 */
final class JsonReader {

    private static final int PEEK_BYTES = 1 << 16;

    private JsonReader() {
    }

    /** Reads {@code in}; {@code lines} when the file name says JSONL, else the content decides. */
    static void read(String path, ContentStream in, ReadOptions options, boolean lines, RecordSink sink) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, PEEK_BYTES);
        if (lines || firstLineIsAnObject(buffered)) {
            readLines(path, in, buffered, options, sink);
        } else {
            readStream(path, in, buffered, options, sink);
        }
    }

    /** A first line that holds a whole object ({@code {...}}) means JSONL, even when named .json. */
    private static boolean firstLineIsAnObject(BufferedInputStream in) throws IOException {
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(PEEK_BYTES);
        in.reset();
        int end = 0;
        while (end < head.length && head[end] != '\n') {
            end++;
        }
        if (end == head.length && end == PEEK_BYTES) {
            return false;
        }
        String first = new String(head, 0, end, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return first.startsWith("{") && first.endsWith("}");
    }

    private static void readLines(String path, ContentStream content, InputStream in, ReadOptions options, RecordSink sink)
            throws IOException {
        LineReader reader = new LineReader(in, options.maxLineBytes());
        int last = 0;
        boolean cutRecordReported = false;
        for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
            last = line.number();
            Provenance where = new Provenance(path, line.number(), line.number(), line.number(), -1, null, null);
            if (line.tooLong()) {
                sink.rejected(new Rejection(where, "longer than " + options.maxLineBytes() + " bytes"));
            } else if (!line.blank()) {
                try {
                    JsonRecords.deliver(Json.mapper().readTree(withoutBom(line)), where, sink);
                } catch (JsonProcessingException e) {
                    boolean cut = !line.ended() && content.cut() != null;
                    cutRecordReported |= cut;
                    sink.rejected(new Rejection(where, cut ? "cut off: " + content.cut()
                            : "invalid JSON: " + e.getOriginalMessage()));
                }
            }
        }
        if (content.cut() != null && !cutRecordReported) {
            Provenance where = new Provenance(path, last + 1, last + 1, last + 1, -1, null, null);
            sink.rejected(new Rejection(where, content.cut() + "; whatever followed line " + last + " is lost"));
        }
    }

    private static byte[] withoutBom(LineReader.Line line) {
        byte[] b = line.bytes();
        boolean bom = line.number() == 1 && b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF;
        return bom ? Arrays.copyOfRange(b, 3, b.length) : b;
    }

    /** An array of records, or a sequence of root values (one pretty-printed object, or several). */
    private static void readStream(String path, ContentStream content, InputStream in, ReadOptions options, RecordSink sink)
            throws IOException {
        int current = 1; // the record being read, for messages when the parser fails
        int line = 1;
        try (JsonParser parser = Json.mapper().getFactory().createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                sink.rejected(new Rejection(Provenance.ofFile(path, 0), content.cut() == null ? "empty file" : "empty file; " + content.cut()));
                return;
            }
            boolean array = token == JsonToken.START_ARRAY;
            if (array) {
                token = parser.nextToken();
            }
            while (token != null && token != JsonToken.END_ARRAY) {
                JsonLocation start = parser.currentTokenLocation();
                line = start.getLineNr();
                JsonNode node = parser.readValueAsTree();
                JsonLocation end = parser.currentLocation();
                Provenance where = new Provenance(path, start.getLineNr(), Math.max(start.getLineNr(), end.getLineNr()),
                        current, -1, null, null);
                if (end.getByteOffset() - start.getByteOffset() > options.maxPageBytes()) {
                    sink.rejected(new Rejection(where, "larger than the page limit of " + options.maxPageBytes() + " bytes"));
                } else {
                    JsonRecords.deliver(node, where, sink);
                }
                current++;
                token = parser.nextToken();
            }
            if (content.cut() != null && !array) {
                // Root values end anywhere: more records may have followed the cut.
                sink.rejected(new Rejection(new Provenance(path, line, line, current, -1, null, null),
                        content.cut() + "; whatever followed record " + (current - 1) + " is lost"));
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int atLine = at == null || at.getLineNr() < 1 ? line : at.getLineNr();
            Provenance where = new Provenance(path, atLine, atLine, current, -1, null, null);
            sink.rejected(new Rejection(where, content.cut() != null
                    ? "cut off: " + content.cut() + "; records after it are lost"
                    : "invalid JSON: " + e.getOriginalMessage()
                            + "; the rest of the file cannot be read"));
        }
    }
}
