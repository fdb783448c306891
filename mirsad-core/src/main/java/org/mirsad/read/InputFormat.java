package org.mirsad.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The container formats the readers know; each has one reader. */
enum InputFormat {
    TEXT,
    HTML,
    /** JSON or JSONL: the content tells which (an array, one object, or one object per line). */
    JSON,
    /** WARC, including WET (conversion records) and per-record gzip. */
    WARC;

    private static final int SNIFF_CHARS = 1024;

    /** The format a file name promises, looking through a {@code .gz} suffix; empty when unknown. */
    static Optional<InputFormat> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        return switch (ext) {
            case "txt", "text" -> Optional.of(TEXT);
            case "html", "htm", "xhtml" -> Optional.of(HTML);
            case "json", "jsonl", "ndjson" -> Optional.of(JSON);
            case "warc", "wet" -> Optional.of(WARC);
            default -> Optional.empty();
        };
    }

    /**
     * The format the first bytes show: {@code WARC/1.} a WARC, markup that opens {@code <html}, {@code <!doctype html} or
     * {@code <head} HTML,
     * {@code {} or {@code [} JSON, anything else text.
     */
    static InputFormat sniff(byte[] head, int length) {
        String start = new String(head, 0, Math.min(length, SNIFF_CHARS), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "") // a UTF-8 byte order mark, seen as Latin-1
                .stripLeading()
                .toLowerCase(Locale.ROOT);
        if (start.startsWith("warc/1.")) {
            return WARC;
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return JSON;
        }
        if (start.startsWith("<") && (start.contains("<html") || start.contains("<!doctype html") || start.contains("<head"))) {
            return HTML;
        }
        return TEXT;
    }
}
