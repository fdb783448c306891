package org.mirsad.model;

import java.io.Serializable;
import java.util.List;

/**
 * One input record as a reader delivers it: a crawled page, a scraper's JSON record, a WARC
 * response. A page may hold several articles; the segmenter splits it.
 *
 * @param source   where it came from
 * @param format   plain text or HTML
 * @param content  the text (for {@link Format#TEXT}) or the markup (for {@link Format#HTML})
 * @param metadata what the source says about it
 * @param warnings problems the reader recovered from (replaced bytes, a cut-off file), for the user
 */
public record Page(Provenance source, Format format, String content, SourceMetadata metadata, List<String> warnings) implements Serializable {

    public Page {
        if (source == null) {
            throw new IllegalArgumentException("source must not be null");
        }
        content = content == null ? "" : content;
        metadata = metadata == null ? SourceMetadata.NONE : metadata;
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }

    public static Page text(Provenance source, String text) {
        return new Page(source, Format.TEXT, text, SourceMetadata.NONE, List.of());
    }
}
