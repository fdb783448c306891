package org.mirsad.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link NerModel} with the structured averaged perceptron (Collins 2002): each sentence is
 * decoded whole with the model's Viterbi decoder, and where the best sequence differs from the gold one
 * the gold sequence's features gain weight and the guessed sequence's lose it; weights are averaged
 * over every sentence seen. Deterministic for a given seed.
 */
public final class NerTrainer {

    /** Options: hash table size (2^bits buckets), passes over the data, shuffle seed. */
    public record Options(int bits, int epochs, long seed) {
        public static final Options DEFAULT = new Options(18, 12, 20240917L);
    }

    private NerTrainer() {
    }

    public static NerModel train(List<ConllSentence> sentences, Options options) {
        int labels = Labels.COUNT;
        int size = (1 << options.bits()) * labels;
        float[] w = new float[size];
        double[] totals = new double[size];
        int[] stamps = new int[size];
        int edgeSize = FeatureExtractor.EDGE_FEATURES * NerModel.PAIRS;
        float[] ew = new float[edgeSize];
        double[] edgeTotals = new double[edgeSize];
        int[] edgeStamps = new int[edgeSize];
        NerModel model = NerModel.training(options.bits(), w, ew);
        FeatureExtractor fx = model.extractor();
        List<FeatureExtractor.Sentence> prepared = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (ConllSentence s : sentences) {
            prepared.add(new FeatureExtractor.Sentence(s.tokenArray()));
            gold.add(s.tags().stream().mapToInt(Labels::index).toArray());
        }
        // documents are unknown: sentences keep their order inside pseudo-documents of
        // Memory.SENTENCES_PER_DOCUMENT (as at evaluation), and the pseudo-documents are shuffled
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i += Memory.SENTENCES_PER_DOCUMENT) {
            order.add(i);
        }
        Random random = new Random(options.seed());
        NerModel.Scratch scratch = new NerModel.Scratch();
        int[] feats = new int[FeatureExtractor.MAX_FEATURES];
        int[] edgeFeats = new int[FeatureExtractor.MAX_EDGE_FEATURES];
        Memory memory = new Memory();
        int step = 0;
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int first : order) {
                memory.clear();
                for (int idx = first; idx < Math.min(prepared.size(), first + Memory.SENTENCES_PER_DOCUMENT); idx++) {
                    FeatureExtractor.Sentence s = prepared.get(idx);
                    int[] g = gold.get(idx);
                    int[] remembered = NerModel.remembered(s, memory);
                    int[] guess = model.decode(s, remembered, scratch);
                    step++;
                    for (int i = 0; i < g.length; i++) {
                        int goldPrev = i > 0 ? g[i - 1] : Labels.O;
                        int guessPrev = i > 0 ? guess[i - 1] : Labels.O;
                        if (g[i] != guess[i]) {
                            int n = fx.stateFeatures(s, i, remembered[i], feats);
                            for (int j = 0; j < n; j++) {
                                int base = feats[j] * labels;
                                update(w, totals, stamps, base + g[i], 1f, step);
                                update(w, totals, stamps, base + guess[i], -1f, step);
                            }
                        }
                        if (g[i] != guess[i] || goldPrev != guessPrev) {
                            int n = fx.edgeFeatures(s, i, remembered[i], edgeFeats);
                            for (int j = 0; j < n; j++) {
                                int base = edgeFeats[j] * NerModel.PAIRS;
                                update(ew, edgeTotals, edgeStamps, base + goldPrev * labels + g[i], 1f, step);
                                update(ew, edgeTotals, edgeStamps, base + guessPrev * labels + guess[i], -1f, step);
                            }
                        }
                    }
                    memory.remember(s, guess);
                }
            }
        }
        return new NerModel(options.bits(), average(w, totals, stamps, step), average(ew, edgeTotals, edgeStamps, step));
    }

    /** Each weight's average over all {@code steps} updates (the sum is kept lazily: see {@link #update}). */
    private static float[] average(float[] w, double[] totals, int[] stamps, int steps) {
        float[] averaged = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            double total = totals[i] + (double) (steps - stamps[i]) * w[i];
            averaged[i] = steps == 0 ? 0f : (float) (total / steps);
        }
        return averaged;
    }

    /** Adds {@code delta} to weight {@code i}, first adding its value since its last change to its running sum. */
    private static void update(float[] w, double[] totals, int[] stamps, int i, float delta, int step) {
        totals[i] += (double) (step - stamps[i]) * w[i];
        stamps[i] = step;
        w[i] += delta;
    }
}
