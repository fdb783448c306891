package org.mirsad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All pairs of sets whose exact Jaccard similarity is at least t, by brute force made feasible with
 * the prefix filter of AllPairs (Bayardo, Ma and Srikant, WWW 2007; Chaudhuri et al., ICDE 2006):
 * order each set's elements from rarest to most common; two sets with J >= t must share an element
 * among the first |A| - ceil(t|A|) + 1 of each. Every candidate is then checked exactly, so the
 * result is exact (no sampling, no hashing of the sets beyond 64-bit shingle hashes).
 */
public final class JaccardReference {

    /** One pair of set indexes (first < second) and its exact Jaccard. */
    public record Pair(int first, int second, double jaccard) {
    }

    private JaccardReference() {
    }

    /** @param sets sorted, distinct elements per set (empty sets match nothing) */
    public static List<Pair> pairsAtLeast(List<long[]> sets, double t) {
        Map<Long, Integer> frequency = new HashMap<>();
        for (long[] s : sets) {
            for (long x : s) {
                frequency.merge(x, 1, Integer::sum);
            }
        }
        Map<Long, List<Integer>> postings = new HashMap<>();
        List<Pair> out = new ArrayList<>();
        int[] seen = new int[sets.size()];
        Arrays.fill(seen, -1);
        for (int i = 0; i < sets.size(); i++) {
            long[] s = sets.get(i);
            if (s.length == 0) {
                continue;
            }
            Long[] byRarity = Arrays.stream(s).boxed().toArray(Long[]::new);
            Arrays.sort(byRarity, (a, b) -> {
                int c = Integer.compare(frequency.get(a), frequency.get(b));
                return c != 0 ? c : Long.compare(a, b);
            });
            int prefix = s.length - (int) Math.ceil(t * s.length - 1e-9) + 1;
            for (int k = 0; k < prefix; k++) {
                List<Integer> list = postings.computeIfAbsent(byRarity[k], x -> new ArrayList<>());
                for (int j : list) {
                    if (seen[j] != i) {
                        seen[j] = i;
                        double jac = jaccard(sets.get(j), s);
                        if (jac >= t) {
                            out.add(new Pair(j, i, jac));
                        }
                    }
                }
                list.add(i);
            }
        }
        return out;
    }

    /** Exact Jaccard of two sorted, distinct arrays. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
