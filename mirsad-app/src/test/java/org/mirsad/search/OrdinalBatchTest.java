package org.mirsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrdinalBatchTest {

    /** Counts {@code ords} through the batch (several of them when they exceed the buffer) and one by one. */
    private static void countsAsIncrementsDo(int[] ords, int valueCount, int[] global) {
        int globalCount = global == null ? valueCount : java.util.Arrays.stream(global).max().orElse(0) + 1;
        OrdinalCounts runs = new OrdinalCounts(globalCount);
        OrdinalBatch buffer = new OrdinalBatch();
        for (int i = 0; i < ords.length; ) {
            int n = Math.min(7, ords.length - i);
            if (!buffer.fits(n)) {
                buffer.addTo(runs, global, valueCount);
            }
            buffer.add(ords, i, i + n);
            i += n;
        }
        buffer.addTo(runs, global, valueCount);
        Map<Integer, Integer> expected = new HashMap<>();
        for (int ord : ords) {
            expected.merge(global == null ? ord : global[ord], 1, Integer::sum);
        }
        Map<Integer, Integer> actual = new HashMap<>();
        for (int i = 0; i < runs.touched(); i++) {
            int ord = runs.touched(i);
            assertThat(actual.put(ord, runs.count(ord))).as("ordinal %d listed once", ord).isNull();
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void countsWhatIsAddedForOrdinalsOfEveryWidth() {
        Random random = new Random(7);
        for (int valueCount : new int[] {1, 2, 3, 1_000, 2_048, 2_049, 423_434, 1 << 22, (1 << 22) + 5}) {
            int[] ords = new int[5_000];
            for (int i = 0; i < ords.length; i++) {
                // some values often, the rest spread over the whole range, the highest included
                ords[i] = i % 5 == 0 ? valueCount - 1 : i % 3 == 0 ? random.nextInt(Math.min(valueCount, 10))
                        : random.nextInt(valueCount);
            }
            countsAsIncrementsDo(ords, valueCount, null);
        }
    }

    @Test
    void countsPastTheBufferInBatchesAndMapsToIndexOrdinals() {
        Random random = new Random(11);
        int valueCount = 50_000;
        int[] global = new int[valueCount];
        for (int i = 0, g = 0; i < valueCount; i++) {
            g += 1 + random.nextInt(3); // increasing, as an ordinal map is
            global[i] = g;
        }
        int[] ords = new int[OrdinalBatch.CAPACITY * 2 + 123];
        for (int i = 0; i < ords.length; i++) {
            ords[i] = random.nextInt(valueCount);
        }
        countsAsIncrementsDo(ords, valueCount, global);
    }

    @Test
    void growsForADocumentWithMoreValuesThanTheBufferHolds() {
        OrdinalBatch buffer = new OrdinalBatch();
        int[] many = new int[OrdinalBatch.CAPACITY + 10];
        for (int i = 0; i < many.length; i++) {
            many[i] = i % 3;
        }
        assertThat(buffer.fits(many.length)).isFalse();
        buffer.grow(many.length);
        buffer.add(many, 0, many.length);
        OrdinalCounts counts = new OrdinalCounts(3);
        buffer.addTo(counts, null, 3);
        assertThat(new int[] {counts.count(0), counts.count(1), counts.count(2)})
                .containsExactly(21_849, 21_849, 21_848);
    }
}
