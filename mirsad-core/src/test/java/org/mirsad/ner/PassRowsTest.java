package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PassRows} works out where a bucket's row starts from bits and counts per 32 buckets: it must be the
 * row an int per bucket held before, rows numbered in bucket order from 1, 0 (the zeros' row) for a bucket
 * whose weights are all zero in both passes, and the row must hold that bucket's weights.
 */
class PassRowsTest {

    @Test
    void eachBucketStartsWhereItsRowInBucketOrderIs() {
        int buckets = 5_000; // not a multiple of 32: the last word of bits is part full
        float[] first = new float[buckets * Labels.COUNT];
        float[] second = new float[buckets * Labels.COUNT];
        Random random = new Random(19);
        for (int b = 0; b < buckets; b++) {
            // runs of empty and full buckets as well as scattered ones, so whole words of bits are 0 or -1
            int kind = b < 200 ? 0 : b < 400 ? 1 : random.nextInt(4);
            for (int y = 0; y < Labels.COUNT; y++) {
                if (kind == 1 || kind == 2 && random.nextInt(9) == 0) {
                    first[b * Labels.COUNT + y] = random.nextFloat() - 0.5f;
                }
                if (kind == 3 && random.nextInt(9) == 0) {
                    second[b * Labels.COUNT + y] = random.nextFloat() - 0.5f;
                }
            }
        }
        first[4_321 * Labels.COUNT + 4] = -0f; // a negative zero is a weight (the bucket is otherwise empty)
        for (int y = 0; y < Labels.COUNT; y++) {
            second[4_321 * Labels.COUNT + y] = 0f;
        }

        PassRows rows = new PassRows(first, second);

        int row = 1;
        int used = 0;
        for (int b = 0; b < buckets; b++) {
            boolean empty = true;
            for (int y = 0; y < Labels.COUNT; y++) {
                empty &= Float.floatToRawIntBits(first[b * Labels.COUNT + y]) == 0
                        && Float.floatToRawIntBits(second[b * Labels.COUNT + y]) == 0;
            }
            int start = rows.start(b);
            if (empty) {
                assertThat(start).as("bucket %d", b).isZero();
                continue;
            }
            assertThat(start).as("bucket %d", b).isEqualTo(row++ * PassRows.WIDTH);
            used++;
            for (int y = 0; y < Labels.COUNT; y++) {
                assertThat(Float.floatToRawIntBits(rows.rows[start + y]))
                        .isEqualTo(Float.floatToRawIntBits(first[b * Labels.COUNT + y]));
                assertThat(Float.floatToRawIntBits(rows.rows[start + Labels.COUNT + y]))
                        .isEqualTo(Float.floatToRawIntBits(second[b * Labels.COUNT + y]));
            }
        }
        assertThat(rows.start(4_321)).isNotZero();
        assertThat(used).isBetween(2_000, 4_500);
        assertThat(rows.rows).hasSize((used + 1) * PassRows.WIDTH);
        for (int k = 0; k < PassRows.WIDTH; k++) {
            assertThat(rows.rows[k]).isZero();
        }
    }
}
