package org.mirsad.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Forward-backward against brute force: sums over every BIO-valid label sequence, weighted by exp(score). */
class ChainMarginalsTest {

    private static final int L = Labels.COUNT;

    @Test
    void marginalsAndPartitionMatchEnumeration() {
        Random random = new Random(3);
        ChainMarginals m = new ChainMarginals();
        for (int n = 1; n <= 4; n++) {
            for (int trial = 0; trial < 5; trial++) {
                float[] state = new float[n * L];
                float[] edge = new float[n * NerModel.PAIRS];
                for (int i = 0; i < state.length; i++) {
                    state[i] = (float) (3 * random.nextGaussian());
                }
                for (int i = 0; i < edge.length; i++) {
                    edge[i] = (float) (3 * random.nextGaussian());
                }
                double scale = 0.5 + trial;
                assertThat(m.compute(n, state, edge, scale)).isTrue();
                double[] stateP = new double[n * L];
                double[] edgeP = new double[n * NerModel.PAIRS];
                double z = enumerate(n, state, edge, scale, stateP, edgeP);
                assertThat(m.logZ).isCloseTo(Math.log(z), within(1e-9 * Math.max(1, Math.abs(Math.log(z)))));
                for (int i = 0; i < stateP.length; i++) {
                    assertThat(m.state[i]).isCloseTo(stateP[i] / z, within(1e-9));
                }
                for (int i = 0; i < edgeP.length; i++) {
                    assertThat(m.edge[i]).isCloseTo(edgeP[i] / z, within(1e-9));
                }
            }
        }
    }

    @Test
    void forbiddenTransitionsGetNoProbability() {
        // I-PERS may not open a sentence nor follow O, whatever its scores
        float[] state = new float[2 * L];
        float[] edge = new float[2 * NerModel.PAIRS];
        int iPers = Labels.begin(0) + 1;
        state[iPers] = 50f;
        state[L + iPers] = 50f;
        ChainMarginals m = new ChainMarginals();
        assertThat(m.compute(2, state, edge, 1)).isTrue();
        assertThat(m.state[iPers]).isZero();
        assertThat(m.edge[NerModel.PAIRS + Labels.O * L + iPers]).isZero();
        assertThat(m.state[L + iPers]).isGreaterThan(0.99);
    }

    /** Sums exp(score) over every valid sequence into per-token and per-pair totals; returns Z. */
    private static double enumerate(int n, float[] state, float[] edge, double scale, double[] stateP, double[] edgeP) {
        int total = (int) Math.pow(L, n);
        double z = 0;
        int[] y = new int[n];
        for (int code = 0; code < total; code++) {
            int c = code;
            for (int i = 0; i < n; i++) {
                y[i] = c % L;
                c /= L;
            }
            double score = 0;
            boolean valid = true;
            for (int i = 0; i < n && valid; i++) {
                int p = i == 0 ? Labels.O : y[i - 1];
                valid = Labels.allowed(p, y[i]);
                score += edge[i * NerModel.PAIRS + p * L + y[i]] + state[i * L + y[i]];
            }
            if (!valid) {
                continue;
            }
            double weight = Math.exp(scale * score);
            z += weight;
            for (int i = 0; i < n; i++) {
                int p = i == 0 ? Labels.O : y[i - 1];
                stateP[i * L + y[i]] += weight;
                edgeP[i * NerModel.PAIRS + p * L + y[i]] += weight;
            }
        }
        return z;
    }
}
