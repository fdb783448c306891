package org.mirsad.ner;

/**
 * A linear-chain CRF (Lafferty et al. 2001) over the tagger's own features and decoder, trained by
 * stochastic gradient ascent on each sentence's log-likelihood with an L2 penalty (Gaussian prior of
 * variance {@link #SIGMA2} over the whole training set), the rate decaying as eta0 / (1 + eta0 lambda t)
 * after Bottou (2010). A sentence's gradient is its gold features minus their expectations under the
 * model ({@link ChainMarginals}): unlike the perceptron, every feature of every token moves, towards
 * calibrated probabilities rather than just the best sequence, and the penalty keeps a weight from
 * growing on a feature seen with one label only a few times. The penalty shrinks every weight a little at
 * each step; that is kept as one scale factor over all the weights, so a step costs only the sentence's
 * own features. The weights are used as they stand after the last step (averaging them was no better in
 * cross-validation, docs/entities.md).
 */
final class CrfLearner extends PassLearner {

    /**
     * Prior variance of a weight and initial learning rate, chosen on 5-fold cross-validation of the
     * training part (docs/entities.md, sixth round): 1, 3 and 10 gave the same within 0.1 point with two
     * passes; a rate of 0.1 or more left the weights noisy after 12 epochs, one of 0.01 not yet trained.
     */
    static final double SIGMA2 = 10;
    static final double ETA0 = 0.03;

    private final float[] w;
    private final float[] ew;
    /** L2 penalty per sentence: the prior's 1 / sigma^2 spread over the training sentences. */
    private final double lambda;
    private final ChainMarginals marginals = new ChainMarginals();
    /** The true weights are {@code scale} times the stored ones. */
    private double scale = 1;
    private long t;

    CrfLearner(int bits, int sentences) {
        super(bits);
        w = model.weights;
        ew = model.edgeWeights;
        lambda = 1.0 / (SIGMA2 * Math.max(1, sentences));
    }

    @Override
    void learn(FeatureExtractor.Sentence s, int[] g, int[] guess, int[] remembered, int[] votes, NerModel.Scratch x) {
        double eta = ETA0 / (1 + ETA0 * lambda * t++);
        scale *= 1 - eta * lambda;
        if (scale < 1e-4) {
            // fold the scale into the stored weights before they lose precision
            rescale();
        }
        // the scratch holds the sentence's scores under the stored weights: times scale, the true ones
        if (!marginals.compute(g.length, x.stateAt, x.edgeAt, scale)) {
            return;
        }
        int labels = Labels.COUNT;
        int pairs = NerModel.PAIRS;
        double step = eta / scale;
        int[] feats = feats();
        int[] edgeFeats = edgeFeats();
        double[] state = marginals.state;
        double[] edge = marginals.edge;
        for (int i = 0; i < g.length; i++) {
            int n = stateFeatures(s, i, remembered, votes);
            for (int j = 0; j < n; j++) {
                int base = feats[j] * labels;
                for (int y = 0; y < labels; y++) {
                    double delta = (g[i] == y ? 1 : 0) - state[i * labels + y];
                    w[base + y] += (float) (step * delta);
                }
            }
            int gold = (i > 0 ? g[i - 1] : Labels.O) * labels + g[i];
            int e = edgeFeatures(s, i, remembered, votes);
            for (int j = 0; j < e; j++) {
                int base = edgeFeats[j] * pairs;
                for (int k = 0; k < pairs; k++) {
                    double delta = (k == gold ? 1 : 0) - edge[i * pairs + k];
                    if (delta != 0) {
                        ew[base + k] += (float) (step * delta);
                    }
                }
            }
        }
    }

    /**
     * Weights smaller than this are dropped from the result: the L2 prior leaves every feature seen with
     * a small weight for every label (1.8 M non-zero per pass against the perceptron's 0.2 M, a 16 MB
     * model file), most of them far below what moves a decision. Measured in cross-validation: 0.7692
     * unpruned, 0.7692 pruned at 0.003, 0.7686 at 0.01 (0.26 M weights per pass left).
     */
    static final float PRUNE = 0.01f;

    @Override
    NerModel result() {
        rescale();
        prune(w);
        prune(ew);
        return new NerModel(model.bits, w, ew);
    }

    private static void prune(float[] weights) {
        for (int i = 0; i < weights.length; i++) {
            if (Math.abs(weights[i]) < PRUNE) {
                weights[i] = 0f;
            }
        }
    }

    private void rescale() {
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) (w[i] * scale);
        }
        for (int i = 0; i < ew.length; i++) {
            ew[i] = (float) (ew[i] * scale);
        }
        scale = 1;
    }
}
