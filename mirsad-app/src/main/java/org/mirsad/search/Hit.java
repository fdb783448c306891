package org.mirsad.search;

import java.util.List;

/**
 * One search result: a canonical article standing for itself and its duplicates.
 *
 * @param id         the canonical article's id
 * @param headline   its headline (cut to {@link ArticleSearcher#MAX_HEADLINE} characters)
 * @param outlet     its outlet, or null
 * @param date       YYYY-MM-DD or null
 * @param story      story id or null
 * @param score      relevance score of the best matching copy
 * @param snippet    the best passage, plain text
 * @param highlights [start, end) offsets of matched words in {@code snippet}
 * @param carriedBy  how many copies (the article and its duplicates) the index holds
 * @param outlets    the outlets that carried it, distinct
 * @param copies     ids of all copies, canonical first
 */
public record Hit(String id, String headline, String outlet, String date, String story, float score, String snippet,
                  List<int[]> highlights, int carriedBy, List<String> outlets, List<String> copies) {

    public Hit {
        highlights = List.copyOf(highlights);
        outlets = List.copyOf(outlets);
        copies = List.copyOf(copies);
    }
}
