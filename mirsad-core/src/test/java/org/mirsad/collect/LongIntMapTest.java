package org.mirsad.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongIntMapTest {

    @TempDir
    Path dir;

    @Test
    void spilledToMappedFilesKeepsEveryKeyThroughGrowthAndLeavesTheHeap() {
        try (LongIntMap m = new LongIntMap(1, new Spill(dir, 4096))) {
            for (int i = 0; i < 50_000; i++) {
                assertThat(m.put(i * 0x9E37_79B9_7F4A_7C15L, i)).isEqualTo(-1);
            }
            assertThat(m.put(7 * 0x9E37_79B9_7F4A_7C15L, 0)).isEqualTo(7);
            for (int i = 0; i < 50_000; i++) {
                assertThat(m.get(i * 0x9E37_79B9_7F4A_7C15L)).isEqualTo(i == 7 ? 0 : i);
            }
            assertThat(m.get(3L)).isEqualTo(-1);
            assertThat(m.heapBytes()).isZero();
            assertThat(m.bytes()).isGreaterThanOrEqualTo(50_000 * 12L);
        }
    }

    @Test
    void keepsEveryKeyThroughGrowth() {
        LongIntMap m = new LongIntMap(1);
        for (int i = 0; i < 10_000; i++) {
            assertThat(m.put(i * 0x1_0000_0001L - 5000, i)).isEqualTo(-1);
        }
        assertThat(m.size()).isEqualTo(10_000);
        for (int i = 0; i < 10_000; i++) {
            assertThat(m.get(i * 0x1_0000_0001L - 5000)).isEqualTo(i);
        }
        assertThat(m.get(123_456_789_000L)).isEqualTo(-1);
    }

    @Test
    void putReturnsThePreviousValue() {
        LongIntMap m = new LongIntMap(4);
        m.put(0L, 1);
        assertThat(m.put(0L, 2)).isEqualTo(1);
        assertThat(m.get(0L)).isEqualTo(2);
        assertThat(m.size()).isEqualTo(1);
    }
}
