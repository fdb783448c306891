package org.mirsad.search;

import java.util.List;

/**
 * A passage of an article with the matched words marked by offsets (UTF-16 code units, as Java
 * and JavaScript count), so that a client can mark them without ever parsing HTML from data.
 *
 * @param text       plain text, passages joined by " … "
 * @param highlights [start, end) pairs into {@code text}
 */
public record Snippet(String text, List<int[]> highlights) {

    public static final Snippet EMPTY = new Snippet("", List.of());

    public Snippet {
        highlights = List.copyOf(highlights);
    }
}
