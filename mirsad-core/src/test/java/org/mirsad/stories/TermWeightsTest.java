package org.mirsad.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermWeightsTest {

    @Test
    void sumsLikeMapMergeAndKeepsTheFirstComingOrder() {
        // many terms (the table grows from a small start), equal texts as other instances, weights that do not
        // add up exactly in floats: the sums must be Map.merge's, added in the same order
        Random random = new Random(7);
        String[] words = {"سيول", "الوادي", "اجلاء", "طرق", "مطر", "Reuters", "نفط"};
        TermWeights w = new TermWeights(2);
        Map<String, Float> merged = new HashMap<>();
        List<String> firstCome = new ArrayList<>();
        float[] weights = {3f, 2f, 1f, 0.1f, 0.7f};
        for (int i = 0; i < 2_000; i++) {
            String term = random.nextInt(4) == 0 ? words[random.nextInt(words.length)] : "كلمة" + random.nextInt(300);
            term = new String(term.toCharArray()); // a fresh instance: found by its chars
            float weight = weights[random.nextInt(weights.length)];
            if (!merged.containsKey(term)) {
                firstCome.add(term);
            }
            merged.merge(term, weight, Float::sum);
            w.add(term, weight);
        }
        assertThat(w.size()).isEqualTo(merged.size());
        for (int k = 0; k < w.size(); k++) {
            assertThat(w.term(k)).isEqualTo(firstCome.get(k));
            assertThat(w.weight(k)).as(w.term(k)).isEqualTo(merged.get(w.term(k)));
        }
        assertThat(w.asMap()).isEqualTo(merged);
        // the same map, iteration order included (what the story summaries sum over)
        assertThat(List.copyOf(w.asMap().keySet())).isEqualTo(List.copyOf(merged.keySet()));
    }

    @Test
    void aMapComesInInItsIterationOrder() {
        Map<String, Float> tf = new HashMap<>(Map.of("سيول", 3f, "وادي", 2f, "طرق", 1f));
        TermWeights w = TermWeights.of(tf);
        assertThat(w.size()).isEqualTo(3);
        assertThat(List.of(w.term(0), w.term(1), w.term(2))).isEqualTo(List.copyOf(tf.keySet()));
        assertThat(w.asMap()).isEqualTo(tf);
        assertThat(TermWeights.of(Map.of()).size()).isZero();
    }
}
