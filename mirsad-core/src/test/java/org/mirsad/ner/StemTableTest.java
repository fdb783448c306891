package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StemTableTest {

    @Test
    void answersAsAHashMapThroughGrowthAndClearing() {
        Random random = new Random(7);
        StemTable table = new StemTable(4);
        Map<Integer, Integer> expected = new HashMap<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 5_000; i++) {
                // keys from a small range repeat (overwrites), and 0 and negative keys occur
                int key = random.nextInt(4_000) - 2_000;
                int value = random.nextInt(1_000);
                table.put(key, value);
                expected.put(key, value);
            }
            for (int key = -2_100; key < 2_100; key++) {
                assertThat(table.get(key)).isEqualTo(expected.getOrDefault(key, -1));
            }
            table.clear();
            expected.clear();
            assertThat(table.get(0)).isEqualTo(-1);
            assertThat(table.get(17)).isEqualTo(-1);
        }
    }

    @Test
    void keysThatShareTheirLowBitsStayApart() {
        StemTable table = new StemTable(16);
        for (int i = 0; i < 100; i++) {
            table.put(i << 20, i);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(table.get(i << 20)).isEqualTo(i);
        }
        assertThat(table.get(100 << 20)).isEqualTo(-1);
    }

    @Test
    void refusesANegativeValue() {
        assertThatThrownBy(() -> new StemTable(8).put(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
