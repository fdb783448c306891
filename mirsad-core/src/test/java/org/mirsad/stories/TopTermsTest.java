package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopTermsTest {

    /** The order the clusterer had: a stable sort of every term by score (== ties), then term; the first k. */
    private static int[] sorted(String[] terms, double[] score, int k) {
        Integer[] order = new Integer[terms.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> score[x] != score[y] ? Double.compare(score[y], score[x]) : terms[x].compareTo(terms[y]));
        return Arrays.stream(order).limit(k).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theStrongestTermsInTheOrderOfTheWholeSort() {
        Random random = new Random(13);
        for (int round = 0; round < 500; round++) {
            int n = random.nextInt(300);
            String[] terms = new String[n];
            double[] score = new double[n];
            for (int i = 0; i < n; i++) {
                // Few scores and few terms: ties on the score, and on both (the place decides).
                terms[i] = "t" + random.nextInt(Math.max(1, n / 2));
                score[i] = random.nextInt(8) * 0.5;
                if (score[i] == 0 && random.nextBoolean()) {
                    score[i] = -0.0; // == 0.0: a tie, where Double.compare would order them
                }
            }
            for (int k : new int[]{0, 1, 5, 40, n, n + 3}) {
                assertThat(TopTerms.strongest(terms, score, k)).as("n %d, k %d", n, k).containsExactly(sorted(terms, score, k));
            }
        }
    }

    @Test
    void strongestFirstThenByTerm() {
        String[] terms = {"b", "a", "c", "d"};
        double[] score = {2.0, 2.0, 3.0, 1.0};
        assertThat(TopTerms.strongest(terms, score, 3)).containsExactly(2, 1, 0);
    }
}
