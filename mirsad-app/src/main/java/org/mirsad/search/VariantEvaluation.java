package org.mirsad.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures what the spelling-variant fallbacks (consonant skeletons, entity ids) do to ordinary
 * queries: how many results they add, and whether those added results push real matches out of the
 * first page. A fallback that "does not ruin precision" adds results below the exact ones: for a
 * word with at least a page of exact matches, the first page should not change.
 */
public final class VariantEvaluation {

    /**
     * @param queries          words measured
     * @param exactTotal       canonical articles matched without the fallbacks, summed over queries
     * @param variantTotal     the same with them
     * @param fullPages        queries with at least {@code page} exact matches
     * @param intrudedPages    of those, queries whose first page holds an article only a fallback found
     * @param intruders        such articles in all first pages
     * @param widened          queries for which the fallbacks found anything more
     * @param inversions       queries (any number of exact matches) whose first page ranks an article only
     *                         a fallback found above one that matched exactly
     */
    public record Result(int queries, long exactTotal, long variantTotal, int fullPages, int intrudedPages,
                         int intruders, int widened, int inversions) {
    }

    private VariantEvaluation() {
    }

    public static Result run(ArticleSearcher searcher, List<String> words, int page) throws IOException {
        long exactTotal = 0;
        long variantTotal = 0;
        int fullPages = 0;
        int intrudedPages = 0;
        int intruders = 0;
        int widened = 0;
        int inversions = 0;
        for (String w : words) {
            int exact = searcher.total(w, false);
            int all = searcher.total(w, true);
            exactTotal += exact;
            variantTotal += all;
            if (all > exact) {
                widened++;
            }
            if (exact == 0) {
                continue;
            }
            Set<String> exactIds = new HashSet<>(searcher.topIds(w, Math.min(SearchRequest.MAX_LIMIT, exact), false));
            int in = 0;
            boolean fallbackSeen = false;
            boolean inverted = false;
            for (String id : searcher.topIds(w, page, true)) {
                if (!exactIds.contains(id)) {
                    in++;
                    fallbackSeen = true;
                } else if (fallbackSeen) {
                    inverted = true;
                }
            }
            inversions += inverted ? 1 : 0;
            if (exact >= page) {
                fullPages++;
                intruders += in;
                intrudedPages += in > 0 ? 1 : 0;
            }
        }
        return new Result(words.size(), exactTotal, variantTotal, fullPages, intrudedPages, intruders, widened,
                inversions);
    }
}
