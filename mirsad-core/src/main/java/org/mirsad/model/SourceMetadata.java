package org.mirsad.model;

/**
 * What the source itself says about a page, before any analysis: scraper JSON fields, HTML meta,
 * WARC headers. Every field may be null.
 *
 * @param title  the title the source gives
 * @param date   the publication date as the source wrote it (not parsed here)
 * @param outlet the outlet or site name the source gives
 * @param author the author the source gives
 */
public record SourceMetadata(String title, String date, String outlet, String author) {

    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null);
}
