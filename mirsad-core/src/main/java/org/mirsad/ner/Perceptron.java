package org.mirsad.ner;

/**
 * The structured averaged perceptron (Collins 2002): where the decoded sequence differs from the gold one,
 * the gold sequence's features gain 1 and the guessed sequence's lose 1 (state features only at tokens
 * whose label differs, edge features where the label or the previous label differs); the result is each
 * weight averaged over every sentence seen.
 */
final class Perceptron extends PassLearner {

    private final float[] w;
    private final float[] ew;
    private final double[] totals;
    private final int[] stamps;
    private final double[] edgeTotals;
    private final int[] edgeStamps;
    private int step;

    Perceptron(int bits) {
        super(bits);
        w = model.weights;
        ew = model.edgeWeights;
        totals = new double[w.length];
        stamps = new int[w.length];
        edgeTotals = new double[ew.length];
        edgeStamps = new int[ew.length];
    }

    @Override
    void learn(FeatureExtractor.Sentence s, int[] g, int[] guess, int[] remembered, int[] votes, NerModel.Scratch x) {
        int labels = Labels.COUNT;
        step++;
        int[] feats = feats();
        int[] edgeFeats = edgeFeats();
        for (int i = 0; i < g.length; i++) {
            int goldPrev = i > 0 ? g[i - 1] : Labels.O;
            int guessPrev = i > 0 ? guess[i - 1] : Labels.O;
            if (g[i] != guess[i]) {
                int n = stateFeatures(s, i, remembered, votes);
                for (int j = 0; j < n; j++) {
                    int base = feats[j] * labels;
                    update(w, totals, stamps, base + g[i], 1f);
                    update(w, totals, stamps, base + guess[i], -1f);
                }
            }
            if (g[i] != guess[i] || goldPrev != guessPrev) {
                int n = edgeFeatures(s, i, remembered, votes);
                for (int j = 0; j < n; j++) {
                    int base = edgeFeats[j] * NerModel.PAIRS;
                    update(ew, edgeTotals, edgeStamps, base + goldPrev * labels + g[i], 1f);
                    update(ew, edgeTotals, edgeStamps, base + guessPrev * labels + guess[i], -1f);
                }
            }
        }
    }

    @Override
    NerModel result() {
        return new NerModel(model.bits, average(w, totals, stamps), average(ew, edgeTotals, edgeStamps));
    }

    /** Each weight's average over all steps (the sum is kept lazily: see {@link #update}). */
    private float[] average(float[] w, double[] totals, int[] stamps) {
        float[] averaged = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            double total = totals[i] + (double) (step - stamps[i]) * w[i];
            averaged[i] = step == 0 ? 0f : (float) (total / step);
        }
        return averaged;
    }

    /** Adds {@code delta} to weight {@code i}, first adding its value since its last change to its running sum. */
    private void update(float[] w, double[] totals, int[] stamps, int i, float delta) {
        totals[i] += (double) (step - stamps[i]) * w[i];
        stamps[i] = step;
        w[i] += delta;
    }
}
