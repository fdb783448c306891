import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Random;

/**
 * Seventh NER round (docs/entities.md), experiment only: what the contextual tagger of ner7-cnn.py would
 * cost per token in Java, on one core. It does the model's own multiply-adds on float arrays with random
 * weights (the figures do not depend on their values): the first layer looked up per word type (it depends on
 * the word alone, so a tagger caches it as NerModel caches the word-only feature sums) plus the embeddings of
 * the token's trigger and gazetteer marks, then each dilated convolution layer (3H x H per token, residual,
 * ReLU), the emission layer (H x 9) and a BIO Viterbi over 9 labels. Times CPU of this thread: 10 rounds of
 * 62,000 tokens after 5 untimed ones.
 *
 * <pre>java tools/experiments/NerCnnCost.java [hidden] [layers]   (defaults: every H of 16 32 64 128, 3 layers)</pre>
 */
public final class NerCnnCost {

    static final int LABELS = 9;
    static final int WORDS = 60_000;
    static final int SENTENCE = 31;

    public static void main(String[] args) {
        int[] hiddens = args.length > 0 ? new int[] {Integer.parseInt(args[0])} : new int[] {16, 32, 64, 128};
        int layers = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        for (int h : hiddens) {
            run(h, layers);
        }
    }

    static void run(int hidden, int layers) {
        Random r = new Random(7);
        float[] wordTable = randoms(r, WORDS * hidden);
        float[] marks = randoms(r, 8 * hidden);
        float[][] conv = new float[layers][];
        float[][] bias = new float[layers][];
        for (int l = 0; l < layers; l++) {
            conv[l] = randoms(r, 3 * hidden * hidden);
            bias[l] = randoms(r, hidden);
        }
        float[] out = randoms(r, hidden * LABELS);
        float[] trans = randoms(r, LABELS * LABELS);
        int[] dil = new int[layers];
        for (int l = 0; l < layers; l++) {
            dil[l] = 1 << l;
        }
        int sentences = 2000;
        int[][] words = new int[sentences][SENTENCE];
        for (int[] s : words) {
            for (int i = 0; i < s.length; i++) {
                s[i] = (int) Math.min(WORDS - 1, Math.abs(r.nextGaussian()) * WORDS / 3); // frequent words often
            }
        }
        float[] h = new float[SENTENCE * hidden];
        float[] next = new float[SENTENCE * hidden];
        float[] em = new float[SENTENCE * LABELS];
        int[] labels = new int[SENTENCE];
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long sink = 0;
        double best = 0;
        double[] rates = new double[10];
        for (int round = 0; round < 15; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            for (int[] s : words) {
                sink += tag(s, hidden, wordTable, marks, conv, bias, dil, out, trans, h, next, em, labels);
            }
            double perSecond = (double) sentences * SENTENCE * 1e9 / (cpu.getCurrentThreadCpuTime() - start);
            if (round >= 5) {
                best = Math.max(best, perSecond);
                rates[round - 5] = perSecond;
            }
        }
        long macs = (long) layers * 3 * hidden * hidden + (long) hidden * LABELS + 2L * hidden + 81;
        java.util.Arrays.sort(rates);
        double median = (rates[4] + rates[5]) / 2;
        System.out.printf("H=%d layers=%d: %,d multiply-adds per token; 10 timed rounds after 5: median %,.0f, best %,.0f"
                + " tokens per CPU second (%.2f G multiply-adds/s at the median) [%d]%n", hidden, layers, macs, median, best,
                median * macs / 1e9, sink & 1);
    }

    static int tag(int[] s, int hid, float[] wordTable, float[] marks, float[][] conv, float[][] bias, int[] dil,
            float[] out, float[] trans, float[] h, float[] next, float[] em, int[] labels) {
        int n = s.length;
        for (int t = 0; t < n; t++) { // cached first layer of the word + one mark embedding, ReLU
            int w = s[t] * hid;
            int m = (t & 7) * hid;
            for (int j = 0; j < hid; j++) {
                h[t * hid + j] = Math.max(0f, wordTable[w + j] + marks[m + j]);
            }
        }
        for (int l = 0; l < conv.length; l++) {
            float[] W = conv[l];
            int d = dil[l];
            for (int t = 0; t < n; t++) {
                int o = t * hid;
                System.arraycopy(bias[l], 0, next, o, hid);
                for (int k = 0; k < 3; k++) {
                    int src = t + (k - 1) * d;
                    if (src < 0 || src >= n) {
                        continue;
                    }
                    int x = src * hid;
                    int wk = k * hid * hid;
                    for (int i = 0; i < hid; i++) {
                        float xi = h[x + i];
                        if (xi == 0f) {
                            continue; // ReLU zeros: a real tagger skips them too
                        }
                        int wi = wk + i * hid;
                        for (int j = 0; j < hid; j++) {
                            next[o + j] += xi * W[wi + j];
                        }
                    }
                }
            }
            for (int q = 0; q < n * hid; q++) {
                next[q] = h[q] + Math.max(0f, next[q]);
            }
            System.arraycopy(next, 0, h, 0, n * hid);
        }
        for (int t = 0; t < n; t++) {
            for (int y = 0; y < LABELS; y++) {
                em[t * LABELS + y] = 0f;
            }
            for (int i = 0; i < hid; i++) {
                float xi = h[t * hid + i];
                for (int y = 0; y < LABELS; y++) {
                    em[t * LABELS + y] += xi * out[i * LABELS + y];
                }
            }
        }
        // Viterbi over 9 labels (the BIO mask is a fixed part of trans here: same cost)
        float[] score = new float[LABELS];
        float[] cand = new float[LABELS];
        int[] back = new int[n * LABELS];
        System.arraycopy(em, 0, score, 0, LABELS);
        for (int t = 1; t < n; t++) {
            for (int y = 0; y < LABELS; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < LABELS; p++) {
                    float v = score[p] + trans[p * LABELS + y];
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                cand[y] = best + em[t * LABELS + y];
                back[t * LABELS + y] = arg;
            }
            System.arraycopy(cand, 0, score, 0, LABELS);
        }
        int y = 0;
        for (int k = 1; k < LABELS; k++) {
            if (score[k] > score[y]) {
                y = k;
            }
        }
        for (int t = n - 1; t >= 0; t--) {
            labels[t] = y;
            y = back[t * LABELS + y];
        }
        return labels[0];
    }

    static float[] randoms(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (r.nextGaussian() * 0.1);
        }
        return a;
    }
}
