package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mirsad.gazetteer.Country;
import org.mirsad.gazetteer.Countries;

/**
 * A frozen two-pass model gathers a token's shared features' row starts from its neighbours' records and
 * small tables ({@link FeatureExtractor#neighbourStarts}) instead of hashing each feature
 * ({@link FeatureExtractor#neighbourFeatures}), and takes the sums of the rows of the words around the token
 * as those words' sides ({@link FeatureExtractor#SIDES}): together they must name the same buckets, each once.
 */
class NeighbourStartsTest {

    @Test
    void theGatheredStartsAreThoseOfTheHashedFeatures() {
        int bits = 18;
        FeatureExtractor extractor = new FeatureExtractor(bits);
        // a weight in every bucket, so each bucket has a row of its own and a wrong bucket or order shows
        float[] weights = new float[(1 << bits) * Labels.COUNT];
        Arrays.fill(weights, 1f);
        PassRows rows = new PassRows(weights, weights);
        FeatureExtractor.StartTables tables = extractor.new StartTables(rows);
        int[] edge = extractor.wordStarts(FeatureExtractor.EDGE, rows);

        List<String> words = new ArrayList<>(List.of("قال", "الرئيس", "سامر", "الخطيب", "في", "بيروت", "،",
                "وزير", "خارجية", "مجلس", "الأمن", "2026", "Reuters", "NASA", "إن", "وبدمشق", "."));
        for (Country c : Countries.all()) {
            words.addAll(List.of(c.arabic().get(0).strip().split("\\s+")));
        }
        words.addAll(WordList.load(Gazetteers.class, "triggers.txt").stream()
                .flatMap(t -> Arrays.stream(t.strip().split("\\s+"))).limit(200).toList());
        Random random = new Random(5);
        int[] hashed = new int[FeatureExtractor.MAX_FEATURES];
        int[] gathered = new int[FeatureExtractor.MAX_FEATURES];
        int triggered = 0;
        int marked = 0;
        for (int trial = 0; trial < 3_000; trial++) {
            String[] tokens = new String[1 + random.nextInt(12)];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = words.get(random.nextInt(words.size()));
            }
            FeatureExtractor.Sentence s = new FeatureExtractor.Sentence(tokens);
            int[][] wordStarts = new int[tokens.length][];
            for (int i = 0; i < tokens.length; i++) {
                wordStarts[i] = extractor.wordStarts(s.words[i], rows);
            }
            for (int i = 0; i < tokens.length; i++) {
                int n = extractor.neighbourFeatures(s, i, hashed, 0);
                for (int j = 0; j < n; j++) {
                    hashed[j] = rows.start(hashed[j]);
                }
                // written after some other token's, as the tagger gathers a sentence's
                int m = extractor.neighbourStarts(s, i, tables, gathered, 5) - 5;
                assertThat(m).isLessThanOrEqualTo(FeatureExtractor.MAX_NEIGHBOUR_STARTS);
                // with the neighbours' starts by side (summed per word type)
                List<Integer> all = new ArrayList<>();
                for (int j = 0; j < m; j++) {
                    all.add(gathered[5 + j]);
                }
                int[] at = {i - 1, i + 1, i - 2, i + 2}; // the word at each of SIDES
                for (int side = 0; side < at.length; side++) {
                    int[] word = at[side] >= 0 && at[side] < tokens.length ? wordStarts[at[side]] : edge;
                    for (int f : FeatureExtractor.SIDES[side]) {
                        all.add(word[f]);
                    }
                }
                assertThat(all).as("%s, token %d", List.of(tokens), i)
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(hashed, 0, n).boxed().toList());
                triggered += s.afterTrigger[i] ? 1 : 0;
                for (int g = 0; g < Gazetteers.KINDS; g++) {
                    marked += s.gazetteer[g][i] != 0 ? 1 : 0;
                }
            }
        }
        // the sentences hold triggers and gazetteer phrases, so the tables were read
        assertThat(triggered).isGreaterThan(100);
        assertThat(marked).isGreaterThan(1_000);
    }
}
