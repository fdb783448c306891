package org.mirsad.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.Serializable;
import java.time.Instant;

/**
 * Where a page (and so each of its articles) came from: the input file, the place inside it, and
 * what the source itself said about the fetch.
 *
 * @param path    the input file as the user named it ("-" for standard input)
 * @param fromLine first line, 1-based (for a JSONL record its line; for a JSON array element, its
 *                1-based position; 0 when unknown)
 * @param toLine  last line, 1-based, inclusive
 * @param record  the record number inside a multi-record file (JSON array position, WARC record
 *                index), 0 for a single-page file
 * @param offset  the byte offset of a WARC record, or -1
 * @param url     the page URL when the source gives one, else null
 * @param fetched when the page was fetched, if the source says, else null
 */
@JsonPropertyOrder({"path", "lines", "record", "offset", "url", "fetched"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String path, @JsonIgnore int fromLine, @JsonIgnore int toLine, int record, long offset, String url,
                         Instant fetched) implements Serializable {

    public Provenance {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("path must not be empty");
        }
    }

    /** A whole plain-text file of {@code lineCount} lines (0 when unknown or unread). */
    public static Provenance ofFile(String path, int lineCount) {
        return new Provenance(path, lineCount > 0 ? 1 : 0, Math.max(0, lineCount), 0, -1, null, null);
    }

    /** {@code [from, to]}, as DESIGN.md names it in JSON. */
    @JsonProperty("lines")
    public int[] lines() {
        return new int[] {fromLine, toLine};
    }

    /** The same source narrowed to a line range (one article of a page). */
    public Provenance withLines(int from, int to) {
        return new Provenance(path, from, to, record, offset, url, fetched);
    }

    public Provenance withUrl(String newUrl) {
        return new Provenance(path, fromLine, toLine, record, offset, newUrl, fetched);
    }

    /**
     * Where in its file the record is, in words for messages: "line 7" (a JSONL record), "record 3,
     * lines 2-7" (a JSON array element), "record 4 at offset 1234" (a WARC record), or "" for a
     * whole file. Messages print it after the path: {@code path (line 7): reason}.
     */
    @JsonIgnore
    public String place() {
        if (offset >= 0) {
            return "record " + record + " at offset " + offset;
        }
        if (record > 0 && record == fromLine && fromLine == toLine) {
            return "line " + fromLine;
        }
        if (record > 0) {
            String lines = fromLine <= 0 ? "" : fromLine == toLine ? ", line " + fromLine : ", lines " + fromLine + "-" + toLine;
            return "record " + record + lines;
        }
        return "";
    }

    /**
     * A key naming this exact input record: the same file, record and lines give the same key. The
     * ingest ledger uses it to know what it has seen.
     */
    @JsonIgnore
    public String locator() {
        return path + "#" + record + "@" + offset + ":" + fromLine + "-" + toLine;
    }
}
