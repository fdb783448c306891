package org.mirsad.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.DocIdSetIterator;
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

    /**
     * Shared (also by {@link VariantMarks}): analyzers are thread-safe, and a new one per search would
     * rebuild its token streams.
     */
    static final Analyzer ANALYZER = ArticleFields.analyzer(ArabicAnalyzer.Side.INDEX);
    /** Stateless, so shared. */
    private static final SnippetScorer SCORER = new SnippetScorer();

    SnippetHighlighter(IndexSearcher searcher, Map<Integer, Document> loaded) {
        super(UnifiedHighlighter.builder(searcher, ANALYZER)
                .withFormatter(new SnippetFormatter())
                .withScorer(SCORER)
                .withMaxLength(MAX_CHARS)
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBoundaries(BreakIterator.getSentenceInstance(Locale.ROOT)), PASSAGE_CHARS, 0.5f)));
        this.loaded = loaded;
    }

    /**
     * The field values from the documents already read when every doc is among them (one decompression
     * of a stored document per hit instead of two), else read as the highlighter does: values of a
     * field joined by its separator, cut at the maximum length.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        List<Integer> docs = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            docs.add(doc);
        }
        if (!loaded.keySet().containsAll(docs)) {
            // every doc taken from the iterator must be returned: read them all (no batching threshold)
            return super.loadFieldValues(fields, new ListIterator(docs), Integer.MAX_VALUE);
        }
        List<CharSequence[]> out = new ArrayList<>(docs.size());
        for (int doc : docs) {
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                values[f] = joined(loaded.get(doc).getValues(fields[f]));
            }
            out.add(values);
        }
        return out;
    }

    /** As the highlighter's own reader joins a field's values: separated by U+0000, cut at the maximum length. */
    private String joined(String[] values) {
        if (values.length == 0) {
            return null;
        }
        int max = getMaxLength();
        StringBuilder sb = new StringBuilder(values[0].substring(0, Math.min(max, values[0].length())));
        for (int i = 1; i < values.length; i++) {
            int left = max - sb.length();
            if (left <= 0) {
                break;
            }
            sb.append(MULTIVAL_SEP_CHAR).append(values[i], 0, Math.min(left - 1, values[i].length()));
        }
        return sb.toString();
    }

    /** Doc ids in a list, as the highlighter's reader expects them. */
    private static final class ListIterator extends DocIdSetIterator {
        private final List<Integer> docs;
        private int i = -1;

        ListIterator(List<Integer> docs) {
            this.docs = docs;
        }

        @Override
        public int docID() {
            return i < 0 ? -1 : i >= docs.size() ? NO_MORE_DOCS : docs.get(i);
        }

        @Override
        public int nextDoc() {
            i++;
            return docID();
        }

        @Override
        public int advance(int target) throws IOException {
            return slowAdvance(target);
        }

        @Override
        public long cost() {
            return docs.size();
        }
    }

    /** Stored documents already read for these hits, by doc id: the highlighter need not read them again. */
    private final Map<Integer, Document> loaded;

    /** The merged field infos of the last reader highlighted (a reader's never change). */
    private static volatile ReaderFieldInfos lastFieldInfos;

    private record ReaderFieldInfos(IndexReader reader, FieldInfos infos) {
    }

    /**
     * As the highlighter's own, from the reader's merged field infos, but merged once per reader rather
     * than once per highlighter (one per search): merging walks every field of every segment, a sixth of
     * the highlighting time of a search over 21 segments.
     */
    @Override
    protected FieldInfo getFieldInfo(String field) {
        IndexReader reader = getIndexSearcher().getIndexReader();
        ReaderFieldInfos known = lastFieldInfos;
        if (known == null || known.reader() != reader) {
            known = new ReaderFieldInfos(reader, FieldInfos.getMergedFieldInfos(reader));
            lastFieldInfos = known;
        }
        return known.infos().fieldInfo(field);
    }

    SnippetHighlighter(IndexSearcher searcher) {
        this(searcher, Map.of());
    }

    /** For each field, one snippet per doc (null where the field has no match). */
    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds) throws IOException {
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, 1);
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
}
