package org.mirsad.ner;

/**
 * Forward-backward over the tagger's chain: the probability of each label at each token and of each
 * (previous label, label) pair, under the distribution that gives a BIO-valid label sequence the
 * probability exp(score) / Z, where score is what {@link NerModel#viterbi} maximises (a token's state
 * score plus its edge score for the pair; the sentence starts after O). This is what a linear-chain CRF
 * (Lafferty et al. 2001) trains on: the gradient of a sentence's log-likelihood is its gold features
 * minus these expectations. Scaled (each position's forward sums renormalised, Rabiner 1989), so it
 * needs one {@code exp} per pair and token rather than log-sums. Reusable, not thread-safe.
 */
final class ChainMarginals {

    private static final int L = Labels.COUNT;
    private static final int PAIRS = NerModel.PAIRS;

    /** exp(edge + state - shift) of allowed pairs, 0 for forbidden ones, per token. */
    private double[] potential = new double[0];
    private double[] alpha = new double[0];
    private double[] beta = new double[0];
    private double[] norm = new double[0];
    /** Per token, P(label). */
    double[] state = new double[0];
    /** Per token, P(previous label, label); at the first token the previous label is O. */
    double[] edge = new double[0];
    /** log Z of the last sentence. */
    double logZ;

    /**
     * Computes the marginals of {@code n} tokens whose scores are {@code stateScores[i * L + y]} and
     * {@code edgeScores[i * PAIRS + p * L + y]}, each multiplied by {@code scale}; false when the
     * scores are too far apart for doubles (nothing is then usable).
     */
    boolean compute(int n, float[] stateScores, float[] edgeScores, double scale) {
        ensure(n);
        for (int i = 0; i < n; i++) {
            double top = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < L; p++) {
                if (i == 0 && p != Labels.O) {
                    continue;
                }
                for (int y = 0; y < L; y++) {
                    if (Labels.allowed(p, y)) {
                        top = Math.max(top, scale * (edgeScores[i * PAIRS + p * L + y] + stateScores[i * L + y]));
                    }
                }
            }
            double shift = top;
            for (int p = 0; p < L; p++) {
                for (int y = 0; y < L; y++) {
                    boolean open = Labels.allowed(p, y) && (i > 0 || p == Labels.O);
                    potential[i * PAIRS + p * L + y] = open
                            ? Math.exp(scale * (edgeScores[i * PAIRS + p * L + y] + stateScores[i * L + y]) - shift) : 0;
                }
            }
            norm[i] = shift;
        }
        // forward: alpha[i] is P(label at i | tokens 0..i), scaled to sum 1; c[i] the scale
        double logSum = 0;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int y = 0; y < L; y++) {
                double a = 0;
                if (i == 0) {
                    a = potential[Labels.O * L + y];
                } else {
                    for (int p = 0; p < L; p++) {
                        a += alpha[(i - 1) * L + p] * potential[i * PAIRS + p * L + y];
                    }
                }
                alpha[i * L + y] = a;
                sum += a;
            }
            if (!(sum > 0) || Double.isInfinite(sum)) {
                return false;
            }
            for (int y = 0; y < L; y++) {
                alpha[i * L + y] /= sum;
            }
            c[i] = sum;
            logSum += Math.log(sum) + norm[i];
        }
        logZ = logSum;
        for (int y = 0; y < L; y++) {
            beta[(n - 1) * L + y] = 1;
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int p = 0; p < L; p++) {
                double b = 0;
                for (int y = 0; y < L; y++) {
                    b += potential[(i + 1) * PAIRS + p * L + y] * beta[(i + 1) * L + y];
                }
                beta[i * L + p] = b / c[i + 1];
            }
        }
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < L; y++) {
                state[i * L + y] = alpha[i * L + y] * beta[i * L + y];
            }
            for (int p = 0; p < L; p++) {
                double from = i == 0 ? (p == Labels.O ? 1 : 0) : alpha[(i - 1) * L + p];
                for (int y = 0; y < L; y++) {
                    edge[i * PAIRS + p * L + y] = from * potential[i * PAIRS + p * L + y] * beta[i * L + y] / c[i];
                }
            }
        }
        return true;
    }

    private void ensure(int n) {
        if (alpha.length < n * L) {
            int size = Math.max(n, alpha.length / L * 2);
            potential = new double[size * PAIRS];
            edge = new double[size * PAIRS];
            alpha = new double[size * L];
            beta = new double[size * L];
            state = new double[size * L];
            norm = new double[size];
        }
    }
}
