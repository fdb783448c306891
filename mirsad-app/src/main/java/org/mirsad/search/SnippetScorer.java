package org.mirsad.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 over the passage, its default parameters), computed without its
 * per-passage {@code BytesRefHash}: Lucene builds one for every candidate passage to count each term
 * once, and its first term allocates a 32 KB block, a fifth of the highlighting time of a page. A passage
 * has a handful of matches, so the distinct terms are found by comparing with those seen before. The
 * same sums in the same order (terms in order of first match), so the same scores and snippets.
 */
final class SnippetScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] freqInPassage = new int[matches];
        int[] freqInDoc = new int[matches];
        int size = 0;
        for (int i = 0; i < matches; i++) {
            int t = 0;
            while (t < size && !distinct[t].equals(terms[i])) {
                t++;
            }
            if (t == size) {
                distinct[size] = terms[i];
                freqInDoc[size] = freqsInDoc[i];
                size++;
            }
            freqInPassage[t]++;
        }
        double score = 0;
        for (int t = 0; t < size; t++) {
            score += tf(freqInPassage[t], passage.getLength()) * weight(contentLength, freqInDoc[t]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
