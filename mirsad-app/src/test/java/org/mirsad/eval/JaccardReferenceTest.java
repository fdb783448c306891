package org.mirsad.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class JaccardReferenceTest {

    @Test
    void prefixFilterFindsExactlyThePairsOfTheNaiveAllPairsScan() {
        Random random = new Random(7);
        List<long[]> sets = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            if (i > 0 && random.nextInt(3) == 0) {
                // a near copy of an earlier set: a few elements dropped or added
                long[] base = sets.get(random.nextInt(sets.size()));
                Set<Long> copy = new HashSet<>();
                for (long x : base) {
                    if (random.nextInt(10) > 0) {
                        copy.add(x);
                    }
                }
                if (random.nextBoolean()) {
                    copy.add(1000L + random.nextInt(50));
                } else if (random.nextBoolean()) {
                    copy.addAll(java.util.Arrays.stream(base).boxed().toList());
                }
                sets.add(copy.stream().mapToLong(Long::longValue).sorted().toArray());
            } else {
                sets.add(LongStream.generate(() -> random.nextInt(400)).limit(5 + random.nextInt(30))
                        .distinct().sorted().toArray());
            }
        }
        sets.add(new long[0]);
        for (double t : new double[] {0.5, 0.8, 1.0}) {
            Set<List<Integer>> naive = new HashSet<>();
            for (int i = 0; i < sets.size(); i++) {
                for (int j = i + 1; j < sets.size(); j++) {
                    if (JaccardReference.jaccard(sets.get(i), sets.get(j)) >= t) {
                        naive.add(List.of(i, j));
                    }
                }
            }
            Set<List<Integer>> filtered = new HashSet<>();
            JaccardReference.pairsAtLeast(sets, t).forEach(p -> filtered.add(List.of(p.first(), p.second())));
            assertThat(filtered).as("t = " + t).isEqualTo(naive);
            assertThat(naive).as("the data has pairs at t = " + t).isNotEmpty();
        }
    }

    @Test
    void jaccardOfSortedSets() {
        assertThat(JaccardReference.jaccard(new long[] {1, 2, 3}, new long[] {2, 3, 4})).isEqualTo(0.5);
        assertThat(JaccardReference.jaccard(new long[0], new long[0])).isZero();
        assertThat(JaccardReference.jaccard(new long[] {-5}, new long[] {-5})).isEqualTo(1.0);
    }
}
