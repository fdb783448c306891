package org.mirsad.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.mirsad.index.ArabicAnalyzer;
import org.mirsad.index.ArticleFields;

/**
 * Lucene's UnifiedHighlighter (offsets from the postings) giving {@link Snippet}s, at most one per
 * field; passages of about {@link #PASSAGE_CHARS} characters, text read up to {@link #MAX_CHARS}.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    static final int PASSAGE_CHARS = 220;
    static final int MAX_CHARS = 20_000;

    SnippetHighlighter(IndexSearcher searcher) {
        super(UnifiedHighlighter.builder(searcher, ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX))
                .withFormatter(new SnippetFormatter())
                .withMaxLength(MAX_CHARS)
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_CHARS, 0.5f)));
    }

    /** For each field, one snippet per doc (null where the field has no match). */
    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds) throws IOException {
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
}
