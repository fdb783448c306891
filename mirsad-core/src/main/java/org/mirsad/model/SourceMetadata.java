package org.mirsad.model;

import java.io.Serializable;
import java.util.List;

/**
 * What the source itself says about a page, before any analysis: scraper JSON fields, HTML meta,
 * WARC headers. Every field may be null.
 *
 * @param title   the title the source gives
 * @param date    the publication date as the source wrote it (not parsed here)
 * @param outlet  the outlet or site name the source gives
 * @param author  the author the source gives
 * @param signals marks on the page that name its outlet (a site marker, a source line), found on the
 *                whole page before segmentation drops them; see {@link PageSignal}
 */
public record SourceMetadata(String title, String date, String outlet, String author, List<PageSignal> signals) implements Serializable {

    public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null);

    public SourceMetadata {
        signals = List.copyOf(signals == null ? List.of() : signals);
    }

    /** What a reader knows: no page signals yet (they come from the page steps of the pipeline). */
    public SourceMetadata(String title, String date, String outlet, String author) {
        this(title, date, outlet, author, List.of());
    }

    public SourceMetadata withDate(String newDate) {
        return new SourceMetadata(title, newDate, outlet, author, signals);
    }

    public SourceMetadata withAuthor(String newAuthor) {
        return new SourceMetadata(title, date, outlet, newAuthor, signals);
    }

    public SourceMetadata withSignals(List<PageSignal> newSignals) {
        return new SourceMetadata(title, date, outlet, author, newSignals);
    }
}
