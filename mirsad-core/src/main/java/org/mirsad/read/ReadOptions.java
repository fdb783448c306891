package org.mirsad.read;

/**
 * Every limit of the readers in one place, with defaults that no real news page comes near.
 *
 * @param maxPageBytes the largest page (a text or HTML file, one JSON record, one WARC payload) read
 *                     into memory; a bigger one is rejected, not loaded
 * @param maxLineBytes the longest line a text page, or a JSONL record, may have: a line of megabytes
 *                     is a dump without text structure (minified data, base64), not an article
 */
public record ReadOptions(int maxPageBytes, int maxLineBytes) {

    /** 32 MiB pages and 1 MiB lines: a long Arabic article is about 50 KB, a heavy HTML page 2 MB. */
    public static final ReadOptions DEFAULTS = new ReadOptions(32 << 20, 1 << 20);

    public ReadOptions {
        if (maxPageBytes < 1) {
            throw new IllegalArgumentException("maxPageBytes must be positive, got " + maxPageBytes);
        }
        if (maxLineBytes < 1 || maxLineBytes > maxPageBytes) {
            throw new IllegalArgumentException("maxLineBytes must be in 1.." + maxPageBytes + ", got " + maxLineBytes);
        }
    }
}
