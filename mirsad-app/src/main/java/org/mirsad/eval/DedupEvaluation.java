package org.mirsad.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mirsad.dedup.DedupConfig;
import org.mirsad.dedup.Fingerprinter;
import org.mirsad.dedup.InMemoryDedupIndex;
import org.mirsad.dedup.WordShingles;
import org.mirsad.model.Article;

/**
 * Mirsad's duplicate groups against the exact reference: recall is the share of reference pairs
 * (word 5-gram Jaccard at least {@code referenceThreshold}) that Mirsad puts in one group; precision
 * is the share of pairs inside Mirsad's groups whose exact Jaccard is at least {@code precisionFloor}
 * (groups are transitive, so a chain of close copies may hold a looser pair: fine down to the floor).
 */
public final class DedupEvaluation {

    /** The reference measure's shingle size: word 5-grams, whatever Mirsad is configured with. */
    public static final int REFERENCE_SHINGLE = 5;

    public record Result(int articles, int referencePairs, int referencePairsFound, long groupPairs,
                         long groupPairsAboveFloor, int groups, int duplicates, boolean sameGroupsShuffled) {

        public double recall() {
            return referencePairs == 0 ? 1 : (double) referencePairsFound / referencePairs;
        }

        public double precision() {
            return groupPairs == 0 ? 1 : (double) groupPairsAboveFloor / groupPairs;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private DedupEvaluation() {
    }

    public static Result run(List<Article> articles, DedupConfig config, double referenceThreshold,
                             double precisionFloor, long shuffleSeed) throws IOException {
        List<long[]> sets = new ArrayList<>(articles.size());
        for (Article a : articles) {
            sets.add(WordShingles.shingles(WordShingles.words(Fingerprinter.body(a)), REFERENCE_SHINGLE));
        }
        List<JaccardReference.Pair> reference = JaccardReference.pairsAtLeast(sets, referenceThreshold);

        int[] group = groups(articles, config, null);
        int[] shuffled = groups(articles, config, new Random(shuffleSeed));
        boolean same = java.util.Arrays.equals(group, shuffled);

        int found = 0;
        for (JaccardReference.Pair p : reference) {
            if (group[p.first()] == group[p.second()]) {
                found++;
            }
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        long pairs = 0;
        long good = 0;
        int groups = 0;
        int duplicates = 0;
        for (List<Integer> m : members.values()) {
            if (m.size() < 2) {
                continue;
            }
            groups++;
            duplicates += m.size() - 1;
            for (int x = 0; x < m.size(); x++) {
                for (int y = x + 1; y < m.size(); y++) {
                    pairs++;
                    if (JaccardReference.jaccard(sets.get(m.get(x)), sets.get(m.get(y))) >= precisionFloor) {
                        good++;
                    }
                }
            }
        }
        return new Result(articles.size(), reference.size(), found, pairs, good, groups, duplicates, same);
    }

    /**
     * Each article's group as the ordinal (in {@code articles}) of its canonical, adding the articles
     * in their order or shuffled.
     */
    static int[] groups(List<Article> articles, DedupConfig config, Random shuffle) throws IOException {
        Fingerprinter fp = new Fingerprinter(config);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            order.add(i);
        }
        if (shuffle != null) {
            Collections.shuffle(order, shuffle);
        }
        Map<String, Integer> ordinal = new HashMap<>();
        try (InMemoryDedupIndex index = new InMemoryDedupIndex(config, articles.size())) {
            for (int i : order) {
                Article a = articles.get(i);
                ordinal.put(a.id(), i);
                index.add(fp.of(a));
            }
            int[] group = new int[articles.size()];
            for (int i = 0; i < group.length; i++) {
                String c = index.canonicalOf(articles.get(i).id());
                group[i] = c == null ? i : ordinal.get(c);
            }
            return group;
        }
    }
}
