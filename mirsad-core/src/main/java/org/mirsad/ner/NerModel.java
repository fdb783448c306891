package org.mirsad.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: one weight per (hashed feature bucket, label), decoded greedily left to right with
 * the BIO constraint (Ratinov and Roth 2009 found greedy decoding with previous-label features as good
 * as Viterbi for NER, and it is several times faster). Immutable and thread-safe.
 *
 * <p>File format (gzip): magic, feature version, hash bits, label count, then the non-zero weights as
 * (gap from the previous index, value) pairs.
 */
public final class NerModel {

    private static final int MAGIC = 0x4D4E4552; // "MNER"
    private static final String BUNDLED = "ner-model.bin.gz";
    private static volatile NerModel bundled;

    final int bits;
    final float[] weights;
    private final FeatureExtractor extractor;

    NerModel(int bits, float[] weights) {
        if (weights.length != (1 << bits) * Labels.COUNT) {
            throw new IllegalArgumentException("weights length " + weights.length + " does not fit " + bits + " bits");
        }
        this.bits = bits;
        this.weights = weights;
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
        int[] out = new int[tokens.length];
        int[] feats = new int[FeatureExtractor.MAX_FEATURES];
        float[] scores = new float[Labels.COUNT];
        int prev1 = Labels.O;
        int prev2 = Labels.O;
        for (int i = 0; i < tokens.length; i++) {
            int n = extractor.features(s, i, prev1, prev2, memory.recall(s.words[i]), feats);
            int best = best(score(feats, n, scores), prev1);
            out[i] = best;
            prev2 = prev1;
            prev1 = best;
        }
        memory.remember(s, out);
        return out;
    }

    FeatureExtractor extractor() {
        return extractor;
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

    /** The best label allowed after {@code previous}. */
    static int best(float[] scores, int previous) {
        int best = Labels.O;
        for (int y = 1; y < scores.length; y++) {
            if (scores[y] > scores[best] && Labels.allowed(previous, y)) {
                best = y;
            }
        }
        return best;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out, 1 << 16), 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(FeatureExtractor.VERSION);
        d.writeInt(bits);
        d.writeInt(Labels.COUNT);
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
        d.flush();
        d.close();
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
        if (labels != Labels.COUNT || bits < 8 || bits > 26) {
            throw new IOException("NER model header is inconsistent: " + bits + " bits, " + labels + " labels");
        }
        float[] w = new float[(1 << bits) * labels];
        int nonZero = d.readInt();
        int index = -1;
        for (int k = 0; k < nonZero; k++) {
            index += readVarInt(d);
            w[index] = d.readFloat();
        }
        return new NerModel(bits, w);
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
