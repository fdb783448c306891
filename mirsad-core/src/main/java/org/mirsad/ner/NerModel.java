package org.mirsad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: one weight per (hashed feature bucket, label), decoded by Viterbi over a first-order
 * chain under the BIO constraint (an I-X only after B-X or I-X). Immutable and thread-safe.
 *
 * <p>A model may have a <b>second pass</b>: a model of the same form whose features add what this one
 * said about each word elsewhere in the document ({@link DocumentVotes}, Ratinov and Roth 2009's
 * two-stage prediction aggregation). {@link #labelDocument} tags a whole document, so the votes come
 * from earlier and later sentences; {@link #labels(String[], Memory)} streams sentence by sentence, so
 * they come from the sentences so far and the current one.
 *
 * <p>File format (gzip): magic, feature version, hash bits, label count, edge feature count, then the
 * state weights and the edge weights, each as a count of non-zero weights followed by (gap from the
 * previous index, value) pairs; then 1 and the second pass's weights in the same form, or 0.
 */
public final class NerModel {

    private static final int MAGIC = 0x4D4E4552; // "MNER"
    private static final String BUNDLED = "ner-model.bin.gz";
    private static volatile NerModel bundled;

    /** Weights per (previous label, label) of one edge feature: {@code Labels.COUNT} squared. */
    static final int PAIRS = Labels.COUNT * Labels.COUNT;

    final int bits;
    /** Label-independent features: (hashed bucket, label). */
    final float[] weights;
    /** Edge features: (edge feature id, previous label, label), dense. */
    final float[] edgeWeights;
    /** The second pass, reading this pass's document votes; null for a one-pass model. */
    final NerModel second;
    private final FeatureExtractor extractor;

    NerModel(int bits, float[] weights, float[] edgeWeights) {
        this(bits, weights, edgeWeights, null);
    }

    NerModel(int bits, float[] weights, float[] edgeWeights, NerModel second) {
        if (weights.length != (1 << bits) * Labels.COUNT) {
            throw new IllegalArgumentException("weights length " + weights.length + " does not fit " + bits + " bits");
        }
        if (edgeWeights.length != FeatureExtractor.EDGE_FEATURES * PAIRS) {
            throw new IllegalArgumentException("edge weights length " + edgeWeights.length + " is not "
                    + FeatureExtractor.EDGE_FEATURES * PAIRS);
        }
        this.bits = bits;
        this.weights = weights;
        this.edgeWeights = edgeWeights;
        this.second = second;
        this.extractor = new FeatureExtractor(bits);
    }

    /** The model shipped in mirsad-core (trained by {@code mirsad train ner}), loaded once. */
    public static NerModel bundled() {
        NerModel m = bundled;
        if (m == null) {
            synchronized (NerModel.class) {
                m = bundled;
                if (m == null) {
                    try (InputStream in = NerModel.class.getResourceAsStream(BUNDLED)) {
                        if (in == null) {
                            throw new IllegalStateException("the NER model resource org/mirsad/ner/" + BUNDLED + " is missing");
                        }
                        m = read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the bundled NER model", e);
                    }
                    bundled = m;
                }
            }
        }
        return m;
    }

    /** The BIO label of every token (ANERcorp names: O, B-PERS, I-LOC …), as a document of one sentence. */
    public String[] tag(String[] tokens) {
        return tag(tokens, new Memory());
    }

    /** The BIO labels of one sentence of a document. */
    public String[] tag(String[] tokens, Memory memory) {
        int[] labels = labels(tokens, memory);
        String[] out = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = Labels.name(labels[i]);
        }
        return out;
    }

    /** The label index of every token (see {@link Labels}). */
    public int[] labels(String[] tokens) {
        return labels(tokens, new Memory());
    }

    /** The label index of every token of one sentence of a document, using and updating its memory. */
    public int[] labels(String[] tokens, Memory memory) {
        FeatureExtractor.Sentence s = new FeatureExtractor.Sentence(tokens);
        Scratch x = new Scratch();
        int[] out = decode(s, remembered(s, memory), new int[s.length()], x);
        memory.remember(s, out);
        if (second == null) {
            return out;
        }
        DocumentVotes votes = memory.votes();
        votes.add(s, out);
        Memory again = memory.secondPass();
        int[] refined = second.decode(s, remembered(s, again), votes.codes(s, out), x);
        again.remember(s, refined);
        return refined;
    }

    /**
     * The label index of every token of every sentence of one document, in order. A two-stage model
     * tags the whole document first and then again with what the first pass said about each word in
     * all the other sentences, later ones included.
     */
    public List<int[]> labelDocument(List<String[]> document) {
        Scratch x = new Scratch();
        List<FeatureExtractor.Sentence> sentences = new ArrayList<>(document.size());
        List<int[]> first = new ArrayList<>(document.size());
        Memory memory = new Memory();
        DocumentVotes votes = second == null ? null : new DocumentVotes();
        for (String[] tokens : document) {
            FeatureExtractor.Sentence s = new FeatureExtractor.Sentence(tokens);
            int[] out = decode(s, remembered(s, memory), new int[s.length()], x);
            memory.remember(s, out);
            sentences.add(s);
            first.add(out);
            if (votes != null) {
                votes.add(s, out);
            }
        }
        if (votes == null) {
            return first;
        }
        return second.decodeAll(sentences, k -> votes.codes(sentences.get(k), first.get(k)), x);
    }

    /** Decodes the sentences of one document in order with a fresh memory and the given vote codes. */
    List<int[]> decodeAll(List<FeatureExtractor.Sentence> sentences, java.util.function.IntFunction<int[]> votes, Scratch x) {
        List<int[]> out = new ArrayList<>(sentences.size());
        Memory memory = new Memory();
        for (int k = 0; k < sentences.size(); k++) {
            FeatureExtractor.Sentence s = sentences.get(k);
            int[] labels = decode(s, remembered(s, memory), votes.apply(k), x);
            memory.remember(s, labels);
            out.add(labels);
        }
        return out;
    }

    FeatureExtractor extractor() {
        return extractor;
    }

    /** What the document memory recalls of each word of the sentence (see {@link Memory#recall}). */
    static int[] remembered(FeatureExtractor.Sentence s, Memory memory) {
        int[] r = new int[s.length()];
        for (int i = 0; i < r.length; i++) {
            r[i] = memory.recall(s.words[i]);
        }
        return r;
    }

    /** Reusable per-call buffers of the decoder. */
    static final class Scratch {
        final int[] feats = new int[FeatureExtractor.MAX_FEATURES];
        final int[] edgeFeats = new int[FeatureExtractor.MAX_EDGE_FEATURES];
        final float[] state = new float[Labels.COUNT];
        final float[] edge = new float[PAIRS];
        float[][] best = new float[0][];
        int[][] back = new int[0][];

        void ensure(int n) {
            if (best.length < n) {
                int size = Math.max(n, best.length * 2);
                best = new float[size][Labels.COUNT];
                back = new int[size][Labels.COUNT];
            }
        }
    }

    /**
     * The highest-scoring label sequence that obeys BIO (Viterbi over a first-order chain): a token's
     * score for label y after label p is the weights for y of its label-independent features plus the
     * weights for (p, y) of its edge features (the transition among them).
     */
    int[] decode(FeatureExtractor.Sentence s, int[] remembered, int[] votes, Scratch x) {
        int n = s.length();
        int labels = Labels.COUNT;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        x.ensure(n);
        float[][] best = x.best;
        int[][] back = x.back;
        float[] edge = x.edge;
        for (int i = 0; i < n; i++) {
            float[] state = score(x.feats, extractor.stateFeatures(s, i, remembered[i], votes[i], x.feats), x.state);
            edgeScores(x.edgeFeats, extractor.edgeFeatures(s, i, remembered[i], votes[i], x.edgeFeats), edge);
            float[] here = best[i];
            int[] from = back[i];
            if (i == 0) {
                for (int y = 0; y < labels; y++) {
                    here[y] = Labels.allowed(Labels.O, y) ? state[y] + edge[Labels.O * labels + y] : Float.NEGATIVE_INFINITY;
                    from[y] = Labels.O;
                }
                continue;
            }
            float[] before = best[i - 1];
            for (int y = 0; y < labels; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = Labels.O;
                for (int p = 0; p < labels; p++) {
                    if (Labels.allowed(p, y)) {
                        float v = before[p] + edge[p * labels + y];
                        if (v > top) {
                            top = v;
                            arg = p;
                        }
                    }
                }
                here[y] = top + state[y];
                from[y] = arg;
            }
        }
        int y = 0;
        for (int k = 1; k < labels; k++) {
            if (best[n - 1][k] > best[n - 1][y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i][y];
        }
        return out;
    }

    /** Sums the (previous label, label) weights of the edge features into {@code scores}. */
    void edgeScores(int[] feats, int n, float[] scores) {
        System.arraycopy(edgeWeights, feats[0] * PAIRS, scores, 0, PAIRS);
        for (int j = 1; j < n; j++) {
            int base = feats[j] * PAIRS;
            for (int k = 0; k < PAIRS; k++) {
                scores[k] += edgeWeights[base + k];
            }
        }
    }

    float[] score(int[] feats, int n, float[] scores) {
        java.util.Arrays.fill(scores, 0f);
        int labels = Labels.COUNT;
        for (int j = 0; j < n; j++) {
            int base = feats[j] * labels;
            for (int y = 0; y < labels; y++) {
                scores[y] += weights[base + y];
            }
        }
        return scores;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(FeatureExtractor.VERSION);
        d.writeInt(bits);
        d.writeInt(Labels.COUNT);
        d.writeInt(FeatureExtractor.EDGE_FEATURES);
        writeSparse(d, weights);
        writeSparse(d, edgeWeights);
        d.writeInt(second == null ? 0 : 1);
        if (second != null) {
            writeSparse(d, second.weights);
            writeSparse(d, second.edgeWeights);
        }
        d.flush();
        d.close();
    }

    private static void writeSparse(DataOutputStream d, float[] weights) throws IOException {
        int nonZero = 0;
        for (float w : weights) {
            nonZero += w != 0f ? 1 : 0;
        }
        d.writeInt(nonZero);
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0f) {
                writeVarInt(d, i - last);
                d.writeFloat(weights[i]);
                last = i;
            }
        }
    }

    private static float[] readSparse(DataInputStream d, int length) throws IOException {
        float[] w = new float[length];
        int nonZero = d.readInt();
        int index = -1;
        for (int k = 0; k < nonZero; k++) {
            index += readVarInt(d);
            if (index < 0 || index >= length) {
                throw new IOException("NER model weight index " + index + " out of range");
            }
            w[index] = d.readFloat();
        }
        return w;
    }

    public static NerModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a Mirsad NER model (bad magic number)");
        }
        int version = d.readInt();
        if (version != FeatureExtractor.VERSION) {
            throw new IOException("NER model has feature version " + version + ", this Mirsad reads "
                    + FeatureExtractor.VERSION + ": retrain with 'mirsad train ner'");
        }
        int bits = d.readInt();
        int labels = d.readInt();
        int edges = d.readInt();
        if (labels != Labels.COUNT || bits < 8 || bits > 26 || edges != FeatureExtractor.EDGE_FEATURES) {
            throw new IOException("NER model header is inconsistent: " + bits + " bits, " + labels + " labels, "
                    + edges + " edge features");
        }
        float[] w = readSparse(d, (1 << bits) * labels);
        float[] e = readSparse(d, edges * PAIRS);
        int passes = 1 + d.readInt();
        if (passes == 1) {
            return new NerModel(bits, w, e);
        }
        if (passes != 2) {
            throw new IOException("NER model has " + passes + " passes; this Mirsad reads 1 or 2");
        }
        NerModel second = new NerModel(bits, readSparse(d, (1 << bits) * labels), readSparse(d, edges * PAIRS));
        return new NerModel(bits, w, e, second);
    }

    private static void writeVarInt(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarInt(DataInputStream d) throws IOException {
        int v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
    }
}
