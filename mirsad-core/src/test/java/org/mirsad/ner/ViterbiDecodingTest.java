package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decoder against brute force: over every BIO-valid label sequence, it must return the best one. */
class ViterbiDecodingTest {

    private static final String[][] SENTENCES = {
        {"قال"},
        {"الرئيس", "سامر", "الخطيب"},
        {"وزير", "خارجية", "مملكة", "الجبل"},
        {"ذهب", "إلى", "بيروت", "و", "دمشق"},
    };

    @Test
    void findsTheBestValidSequenceOfARandomModel() {
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            NerModel model = randomModel(random);
            for (String[] tokens : SENTENCES) {
                FeatureExtractor.Sentence s = new FeatureExtractor.Sentence(tokens);
                int[] remembered = new int[tokens.length];
                remembered[0] = trial % 3;
                int[] decoded = model.decode(s, remembered, new NerModel.Scratch());
                int[] best = bruteForce(model, s, remembered);
                assertThat(score(model, s, remembered, decoded)).isEqualTo(score(model, s, remembered, best));
                assertThat(valid(decoded)).isTrue();
            }
        }
    }

    @Test
    void aFrozenModelDecodesAsATrainingModelWithTheSameWeights() {
        // a frozen model sums each word type's own features once and keeps the sums on the shared word
        // cache; the sums of one model must never serve another, and must change no label
        Random random = new Random(7);
        for (int trial = 0; trial < 10; trial++) {
            NerModel frozen = randomModel(random);
            NerModel training = NerModel.training(frozen.bits, frozen.weights, frozen.edgeWeights);
            for (String[] tokens : SENTENCES) {
                FeatureExtractor.Sentence s = new FeatureExtractor.Sentence(tokens);
                int[] remembered = new int[tokens.length];
                assertThat(frozen.decode(s, remembered, new NerModel.Scratch()))
                        .containsExactly(training.decode(s, remembered, new NerModel.Scratch()));
            }
        }
    }

    @Test
    void aFrozenTwoPassModelTagsAsItsPassesWithTheDenseTables() {
        // a frozen two-pass model sums both passes from its packed rows (PassRows) in one loop; with a
        // second pass still training, the same weights are summed from the dense tables pass by pass
        Random random = new Random(11);
        List<String[]> document = new ArrayList<>(List.of(SENTENCES));
        document.add(new String[] {"قال", "سامر", "الخطيب", "في", "دمشق"});
        document.add(new String[] {"الخطيب", "وزير", "الجبل"});
        NerModel before = null;
        List<int[]> beforeLabels = null;
        for (int trial = 0; trial < 20; trial++) {
            NerModel first = randomModel(random);
            NerModel second = randomModel(random);
            // empty buckets (in both passes, in one) and negative zeros, which the packed rows treat apart
            for (int b = 0; b < (1 << 10); b++) {
                int kind = random.nextInt(4);
                for (int y = 0; y < Labels.COUNT; y++) {
                    if (kind == 0 || kind == 1) {
                        first.weights[b * Labels.COUNT + y] = kind == 0 ? 0f : -0f;
                    }
                    if (kind == 0 || kind == 2) {
                        second.weights[b * Labels.COUNT + y] = 0f;
                    }
                }
            }
            NerModel packed = new NerModel(10, first.weights, first.edgeWeights,
                    new NerModel(10, second.weights, second.edgeWeights));
            NerModel dense = new NerModel(10, first.weights, first.edgeWeights,
                    NerModel.training(10, second.weights, second.edgeWeights));
            List<int[]> expected = dense.labelDocument(document);
            List<int[]> actual = packed.labelDocument(document);
            Memory denseMemory = new Memory();
            Memory packedMemory = new Memory();
            for (int k = 0; k < document.size(); k++) {
                assertThat(actual.get(k)).containsExactly(expected.get(k));
                assertThat(packed.labels(document.get(k), packedMemory))
                        .containsExactly(dense.labels(document.get(k), denseMemory));
            }
            if (before != null) {
                // the words now hold this model's sums (NerWord.bothPasses): the model before must not take
                // them for its own, and tags as it did
                List<int[]> again = before.labelDocument(document);
                for (int k = 0; k < document.size(); k++) {
                    assertThat(again.get(k)).containsExactly(beforeLabels.get(k));
                }
            }
            before = packed;
            beforeLabels = actual;
        }
    }

    @Test
    void aStrongTransitionOverridesWhatEachTokenPrefersAlone() {
        float[] state = new float[(1 << 10) * Labels.COUNT];
        float[] edge = new float[FeatureExtractor.EDGE_FEATURES * NerModel.PAIRS];
        int bias = FeatureExtractor.mix(0, 0) & ((1 << 10) - 1);
        int bPers = Labels.begin(0);
        int iPers = bPers + 1;
        // alone, every token slightly prefers B-PERS; but B-PERS after B-PERS is heavily penalised and
        // I-PERS after B-PERS rewarded, so the best sequence is one name of three tokens
        state[bias * Labels.COUNT + bPers] = 1f;
        edge[bPers * Labels.COUNT + bPers] = -5f;
        edge[bPers * Labels.COUNT + iPers] = 3f;
        edge[iPers * Labels.COUNT + bPers] = -5f;
        edge[iPers * Labels.COUNT + iPers] = 3f;
        // made after its weights are set: a frozen model sums some of them ahead (per word, per cluster)
        NerModel model = new NerModel(10, state, edge);
        int[] labels = model.labels(new String[] {"الرئيس", "سامر", "الخطيب"});
        assertThat(labels).containsExactly(bPers, iPers, iPers);
    }

    private static NerModel randomModel(Random random) {
        float[] state = new float[(1 << 10) * Labels.COUNT];
        float[] edge = new float[FeatureExtractor.EDGE_FEATURES * NerModel.PAIRS];
        for (int i = 0; i < state.length; i++) {
            state[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < edge.length; i++) {
            edge[i] = (float) random.nextGaussian();
        }
        return new NerModel(10, state, edge);
    }

    /** The model's score of one label sequence, computed directly from the feature functions. */
    private static double score(NerModel m, FeatureExtractor.Sentence s, int[] remembered, int[] labels) {
        double total = 0;
        int[] feats = new int[FeatureExtractor.MAX_FEATURES];
        int[] edges = new int[FeatureExtractor.MAX_EDGE_FEATURES];
        for (int i = 0; i < labels.length; i++) {
            int prev = i == 0 ? Labels.O : labels[i - 1];
            int n = m.extractor().stateFeatures(s, i, remembered[i], feats);
            for (int j = 0; j < n; j++) {
                total += m.weights[feats[j] * Labels.COUNT + labels[i]];
            }
            n = m.extractor().edgeFeatures(s, i, remembered[i], edges);
            for (int j = 0; j < n; j++) {
                total += m.edgeWeights[edges[j] * NerModel.PAIRS + prev * Labels.COUNT + labels[i]];
            }
        }
        return (float) total;
    }

    private static int[] bruteForce(NerModel m, FeatureExtractor.Sentence s, int[] remembered) {
        int n = s.length();
        int[] labels = new int[n];
        int[] best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        int combinations = (int) Math.pow(Labels.COUNT, n);
        for (int c = 0; c < combinations; c++) {
            int rest = c;
            for (int i = 0; i < n; i++) {
                labels[i] = rest % Labels.COUNT;
                rest /= Labels.COUNT;
            }
            if (!valid(labels)) {
                continue;
            }
            double v = score(m, s, remembered, labels);
            if (v > bestScore) {
                bestScore = v;
                best = labels.clone();
            }
        }
        return best;
    }

    private static boolean valid(int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (!Labels.allowed(i == 0 ? Labels.O : labels[i - 1], labels[i])) {
                return false;
            }
        }
        return true;
    }
}
