package org.mirsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Queries taken from the index's own headlines (newest first), so that benchmarks and measurements
 * need no query file and ask what the corpus is about.
 */
public final class SampleQueries {

    /** Words shorter than this are mostly particles. */
    static final int MIN_WORD = 4;

    private SampleQueries() {
    }

    /** Distinct words of at least {@link #MIN_WORD} letters, then (if {@code pairs}) adjacent word pairs. */
    public static List<String> fromHeadlines(ArticleSearcher searcher, int articles, boolean pairs) throws IOException {
        Set<String> words = new LinkedHashSet<>();
        Set<String> twos = new LinkedHashSet<>();
        int offset = 0;
        while (offset < articles) {
            int n = Math.min(SearchRequest.MAX_LIMIT, articles - offset);
            List<Hit> hits = searcher.search(new SearchRequest("", null, SearchRequest.Sort.DATE, n, offset)).hits();
            for (Hit h : hits) {
                String[] w = h.headline().split("[\\s\\p{Punct}«»،؛…]+");
                for (int i = 0; i < w.length; i++) {
                    if (w[i].length() >= MIN_WORD && w[i].chars().allMatch(Character::isLetter)) {
                        words.add(w[i]);
                        if (i + 1 < w.length && w[i + 1].length() >= MIN_WORD - 1) {
                            twos.add(w[i] + " " + w[i + 1]);
                        }
                    }
                }
            }
            if (hits.size() < n) {
                break;
            }
            offset += n;
        }
        List<String> out = new ArrayList<>(words);
        if (pairs) {
            out.addAll(twos);
        }
        return out;
    }
}
