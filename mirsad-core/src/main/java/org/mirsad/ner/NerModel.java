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
 * <p>A model may have a <b>second pass</b>: a model of the same form and features plus what the first pass
 * said about the same word elsewhere in the document ({@link DocumentVotes}; Ratinov and Roth 2009's
 * two-stage prediction aggregation). It reuses the feature ids the first pass computed (all but the memory's:
 * it keeps its own memory), so it costs the weight look-ups and a Viterbi, not a second extraction. {@link #labelDocument} tags a
 * whole document, so the votes come from earlier and later sentences; {@link #labels(String[], Memory)}
 * streams sentence by sentence, so they come from the sentences so far and the current one.
 *
 * <p>File format (gzip): magic, feature version, hash bits, label count, edge feature count, then the
 * state weights and the edge weights, each as a count of non-zero weights followed by (gap from the
 * previous index, value) pairs; then 1 and the second pass's state and edge weights in the same form, or 0.
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
    /** Per thread: the buffers are sized for a whole document, too much to allocate for each sentence. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The second pass, reading this pass's document votes; null for a one-pass model. */
    final NerModel second;
    /** Both passes' state weights laid out for tagging, when this is a frozen two-pass model; else null. */
    private final PassRows rows;
    /**
     * A frozen model's transition weights plus each mid cluster's edge weights ({@link #PAIRS} floats per
     * cluster id, summed as {@link #edgeScores} sums them), so that a token's edge scores start from one
     * copy; null while training.
     */
    private final float[] clusterEdges;
    private final FeatureExtractor extractor;
    /** With {@link #rows}: the row starts of the few-valued neighbour features, and of a missing neighbour's. */
    private final FeatureExtractor.StartTables startTables;
    /** The sums ({@link #SUMS}) of a missing neighbour (beyond the sentence's ends): only its sides are read. */
    private final float[] edgeSides;
    /**
     * A frozen model's label weights of the features whose values are few, by value, {@link Labels#COUNT}
     * floats a row: the memory's recall ({@link FeatureExtractor#memoryFeature}, by recall, 1 to 4) and a
     * second pass's two vote features ({@link FeatureExtractor#voteFeatures}, by vote code × 8 + the word's
     * likely type: the first's row then the second's). Copied from the dense table, whose 9.4 MB made each
     * token's read of them a cache miss; null while training.
     */
    private final float[] memoryRows;
    private final float[] voteRows;

    /**
     * False while a trainer still changes the weights: then nothing derived from them may be kept.
     * A frozen model keeps, per word type, the sum of its bias and word-only features' weights, and
     * from its construction on the sums of {@link #clusterEdges} and the packed {@link #rows}: its
     * weights must be final when it is made.
     */
    private final boolean frozen;

    /** The label scores of a word's bias and own features under one model ({@link NerWord#onePass}). */
    record OwnScores(NerModel model, float[] scores) {
    }

    /**
     * The layout of a word's sums under a frozen two-pass model ({@link NerWord#bothPasses}), one array held
     * by the word itself: at {@link #MODEL_AT} the model's {@link #tag} (another model's sums are worked out
     * again), from {@link #OWN_AT} its bias and own features summed under this pass then under the second
     * ({@link PassRows#WIDTH} floats), and from {@link #SIDES_AT} what the word's neighbours' tokens read of
     * it: the sums of its packed rows (both passes, {@link PassRows#WIDTH} floats a side) as the word just
     * before a token, just after one, two before and two after ({@link FeatureExtractor#SIDES}, in that
     * order): ten rows a token takes as four sums from words already fetched, where they were ten row reads,
     * six of them cache misses. All in one array on the word: read for every token, a record of the own sums
     * holding the sides' array was two dependent cache misses a word after the word's own.
     */
    static final int MODEL_AT = 0, OWN_AT = 1, SIDES_AT = OWN_AT + PassRows.WIDTH,
            SUMS = SIDES_AT + FeatureExtractor.SIDES.length * PassRows.WIDTH;

    /** Numbers the models, so that a word's sums can say whose they are ({@link #MODEL_AT}). */
    private static final java.util.concurrent.atomic.AtomicInteger TAGS = new java.util.concurrent.atomic.AtomicInteger();
    /** This model's number among those made in the process, from 1: its raw bits at a sums' {@link #MODEL_AT}. */
    private final int tag = TAGS.incrementAndGet();

    NerModel(int bits, float[] weights, float[] edgeWeights) {
        this(bits, weights, edgeWeights, null);
    }

    /** A model whose weights the caller goes on changing (training): no per-word sums are kept. */
    static NerModel training(int bits, float[] weights, float[] edgeWeights) {
        return new NerModel(bits, weights, edgeWeights, null, false);
    }

    NerModel(int bits, float[] weights, float[] edgeWeights, NerModel second) {
        this(bits, weights, edgeWeights, second, true);
    }

    private NerModel(int bits, float[] weights, float[] edgeWeights, NerModel second, boolean frozen) {
        if (Labels.COUNT != 9) {
            throw new AssertionError("the tagging loops (scoreWithSecond, viterbi) are written for 9 labels");
        }
        if (second != null && (second.bits != bits || second.second != null)) {
            throw new IllegalArgumentException("a second pass must have " + bits + " bits and no pass of its own");
        }
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
        this.frozen = frozen;
        this.rows = frozen && second != null && second.frozen ? new PassRows(weights, second.weights) : null;
        this.startTables = rows == null ? null : extractor.new StartTables(rows);
        this.edgeSides = rows == null ? null : sides(extractor.wordStarts(FeatureExtractor.EDGE, rows), new float[SUMS]);
        this.clusterEdges = frozen ? clusterEdges(edgeWeights) : null;
        this.memoryRows = frozen ? memoryRows() : null;
        this.voteRows = frozen ? voteRows() : null;
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
        Scratch x = SCRATCH.get();
        int[] out = decode(s, remembered(s, memory), x);
        memory.remember(s, out);
        if (second == null) {
            return out;
        }
        DocumentVotes votes = memory.votes();
        votes.add(s, out);
        Memory again = memory.secondPass();
        int[] refined = second.decodeAgain(s, remembered(s, again), votes.codes(s, out), x, 0);
        again.remember(s, refined);
        return refined;
    }

    /**
     * The label index of every token of every sentence of one document, in order. A two-pass model
     * tags the whole document first and then again with what the first pass said about each word in
     * all the other sentences, later ones included.
     */
    public List<int[]> labelDocument(List<String[]> document) {
        List<NerWord[]> words = new ArrayList<>(document.size());
        for (String[] tokens : document) {
            words.add(NerWord.of(tokens));
        }
        return labelWords(words);
    }

    /**
     * {@link #labelDocument} of the tokens' words ({@link NerWord#of}), for a caller that keeps each written
     * word's {@link NerWord} with its own record of the word: the same labels, with no look-up per token.
     */
    public List<int[]> labelWords(List<NerWord[]> document) {
        int total = 0;
        for (NerWord[] words : document) {
            total += words.length;
        }
        // a book-length text gets buffers of its own rather than keeping the thread's large for good
        Scratch x = total > 100_000 ? new Scratch() : SCRATCH.get();
        x.ensure(total);
        List<FeatureExtractor.Sentence> sentences = new ArrayList<>(document.size());
        List<int[]> first = new ArrayList<>(document.size());
        Memory memory = x.memory;
        memory.clear();
        int offset = 0;
        for (NerWord[] words : document) {
            FeatureExtractor.Sentence s = new FeatureExtractor.Sentence(words);
            score(s, remembered(s, memory, x.sentence(s.length())), x, offset);
            int[] out = viterbi(s.length(), x.stateAt, x.edgeAt, offset, x);
            memory.remember(s, out);
            sentences.add(s);
            first.add(out);
            offset += s.length();
        }
        if (second == null) {
            return first;
        }
        DocumentVotes votes = x.votes;
        votes.clear();
        for (int k = 0; k < sentences.size(); k++) {
            votes.add(sentences.get(k), first.get(k));
        }
        List<int[]> out = new ArrayList<>(sentences.size());
        Memory again = x.again;
        again.clear();
        offset = 0;
        for (int k = 0; k < sentences.size(); k++) {
            FeatureExtractor.Sentence s = sentences.get(k);
            // the memory's recall and the votes in the scratch's two sentence buffers: decodeAgain keeps neither
            int[] recall = remembered(s, again, x.sentence(s.length()));
            int[] refined = second.decodeAgain(s, recall, votes.codes(s, first.get(k), x.voteCodes), x, offset);
            again.remember(s, refined);
            out.add(refined);
            offset += s.length();
        }
        return out;
    }

    FeatureExtractor extractor() {
        return extractor;
    }

    /** What the document memory recalls of each word of the sentence (see {@link Memory#recall}). */
    static int[] remembered(FeatureExtractor.Sentence s, Memory memory) {
        return remembered(s, memory, new int[s.length()]);
    }

    /** {@link #remembered} into {@code r} (at least the sentence's length), for a caller that reuses it. */
    static int[] remembered(FeatureExtractor.Sentence s, Memory memory, int[] r) {
        for (int i = 0; i < s.length(); i++) {
            r[i] = memory.recall(s.words[i]);
        }
        return r;
    }

    /**
     * Reusable per-call buffers. For a whole document it keeps each token's feature ids ({@code featsAt},
     * {@link FeatureExtractor#MAX_FEATURES} slots per token, and the edge ids likewise) and the first
     * pass's scores ({@code stateAt}, {@link Labels#COUNT} per token; {@code edgeAt}, {@link #PAIRS} per
     * token), so that a second pass reuses the ids instead of extracting them again. A frozen two-pass
     * model writes no ids down: its second pass starts from the first loop's partial sums ({@code secondAt}).
     */
    static final class Scratch {
        final int[] feats = new int[FeatureExtractor.MAX_FEATURES];
        final int[] edgeFeats = new int[FeatureExtractor.MAX_EDGE_FEATURES];
        /**
         * Where each shared feature's packed row starts ({@link PassRows#start}), a sentence's tokens one after
         * another, gathered before any row is read; token i's end in {@code startEnd[i]}.
         */
        int[] rowStarts = new int[0];
        int[] startEnd = new int[0];
        /** A sentence's words' own sums and what their neighbours read of them ({@link #SUMS}), per token. */
        float[][] sums = new float[0][];
        /** What {@link #touch} read, kept so that its reads stay; read by nothing. */
        int touched;
        int[] featsAt = new int[0];
        int[] featCount = new int[0];
        int[] edgeFeatsAt = new int[0];
        int[] edgeFeatCount = new int[0];
        float[] stateAt = new float[0];
        /** The second pass's sums of the shared features, when {@link #secondFor} is that pass. */
        float[] secondAt = new float[0];
        NerModel secondFor;
        float[] edgeAt = new float[0];
        /** Viterbi's best score of each label at each token, and the label before it: {@link Labels#COUNT} per token. */
        float[] best = new float[0];
        int[] back = new int[0];
        /** A document's memory per pass and first-pass votes ({@link #labelWords}), cleared for each document, not made anew. */
        final Memory memory = new Memory();
        final Memory again = new Memory();
        final DocumentVotes votes = new DocumentVotes();

        /** Per sentence: what the memory recalls of each word, and (a second pass's) its vote codes. */
        int[] recall = new int[0];
        int[] voteCodes = new int[0];

        /** {@link #recall}, with {@link #voteCodes}, grown to hold {@code n} tokens. */
        int[] sentence(int n) {
            if (recall.length < n) {
                recall = new int[Math.max(n, 2 * recall.length)];
                voteCodes = new int[recall.length];
            }
            return recall;
        }

        /** Room for {@code n} tokens; growing loses what the buffers held. */
        void ensure(int n) {
            if (best.length < n * Labels.COUNT) {
                int size = Math.max(n, best.length / Labels.COUNT * 2);
                best = new float[size * Labels.COUNT];
                back = new int[size * Labels.COUNT];
            }
            if (featCount.length < n) {
                int size = Math.max(n, featCount.length * 2);
                featsAt = new int[size * FeatureExtractor.MAX_FEATURES];
                featCount = new int[size];
                edgeFeatsAt = new int[size * FeatureExtractor.MAX_EDGE_FEATURES];
                edgeFeatCount = new int[size];
                stateAt = new float[size * Labels.COUNT];
                secondAt = new float[size * Labels.COUNT];
                edgeAt = new float[size * PAIRS];
            }
        }
    }

    /** Per label: whether it is an I-X, which only B-X (the label before it) and I-X itself may precede. */
    private static final boolean[] INSIDE = new boolean[Labels.COUNT];

    static {
        for (int y = 0; y < Labels.COUNT; y++) {
            INSIDE[y] = Labels.isInside(y);
            for (int p = 0; p < Labels.COUNT; p++) {
                boolean listed = !INSIDE[y] || p == y - 1 || p == y;
                if (Labels.allowed(p, y) != listed) {
                    throw new AssertionError("BIO rule and Viterbi's previous labels disagree at " + p + ", " + y);
                }
            }
        }
    }

    /**
     * The highest-scoring label sequence that obeys BIO (Viterbi over a first-order chain): a token's
     * score for label y after label p is the weights for y of its label-independent features plus the
     * weights for (p, y) of its edge features (the transition among them).
     */
    int[] decode(FeatureExtractor.Sentence s, int[] remembered, Scratch x) {
        x.ensure(s.length());
        score(s, remembered, x, 0);
        return viterbi(s.length(), x.stateAt, x.edgeAt, 0, x);
    }

    /**
     * Extracts every token's features into {@code x.featsAt} and {@code x.edgeFeatsAt} and scores them into
     * {@code x.stateAt} and {@code x.edgeAt}, from token {@code offset} on.
     */
    void score(FeatureExtractor.Sentence s, int[] remembered, Scratch x, int offset) {
        // a frozen two-pass model sums the second pass's weights of the shared features in the same loop:
        // both tables are read for the same feature ids while the ids are at hand (the reads are cache
        // misses; issued together they overlap), and the second pass adds only its memory and votes
        boolean fused = rows != null;
        x.secondFor = fused ? second : null;
        int n = s.length();
        if (fused) {
            // every word's cached record first, in a loop of its own (the fetches, mostly cache misses,
            // overlap): its own sums, and what the tokens around it read of it
            if (x.sums.length < n) {
                x.sums = new float[Math.max(n, 2 * x.sums.length)][];
            }
            for (int i = 0; i < n; i++) {
                x.sums[i] = bothOwnScores(s.words[i]);
            }
            // then every token's row starts, in a loop of their own too, so that no row read waits on them
            // (the two word pairs' starts are worked out of PassRows' 64 KB index: no cache miss to read ahead)
            if (x.startEnd.length < n) {
                x.startEnd = new int[Math.max(n, 2 * x.startEnd.length)];
                x.rowStarts = new int[x.startEnd.length * FeatureExtractor.MAX_NEIGHBOUR_STARTS];
            }
            int end = 0;
            for (int i = 0; i < n; i++) {
                end = extractor.neighbourStarts(s, i, startTables, x.rowStarts, end);
                x.startEnd[i] = end;
            }
            x.touched = touch(x, n, end);
        }
        for (int i = 0; i < n; i++) {
            int t = offset + i;
            if (fused) {
                // the word's own features are summed in its cache, and the second pass reads only its
                // partial sums, so neither the own features nor the ids need writing down; the shared
                // features' row starts come gathered (FeatureExtractor.neighbourStarts), the memory's id after
                float[][] sides = x.sums;
                scoreWithSecond(sides[i], i > 0 ? sides[i - 1] : edgeSides, i + 1 < n ? sides[i + 1] : edgeSides,
                        i > 1 ? sides[i - 2] : edgeSides, i + 2 < n ? sides[i + 2] : edgeSides,
                        x.rowStarts, i == 0 ? 0 : x.startEnd[i - 1], x.startEnd[i], remembered[i],
                        x.stateAt, x.secondAt, t * Labels.COUNT);
            } else {
                int k = extractor.contextFeatures(s, i, x.feats);
                System.arraycopy(x.feats, 0, x.featsAt, t * FeatureExtractor.MAX_FEATURES, k);
                x.featCount[t] = k;
                int all = extractor.memoryFeature(remembered[i], x.feats, k);
                scoreToken(s.words[i], x.feats, all, x.stateAt, t * Labels.COUNT);
            }
            int e = extractor.edgeContextFeatures(s, i, x.edgeFeats);
            System.arraycopy(x.edgeFeats, 0, x.edgeFeatsAt, t * FeatureExtractor.MAX_EDGE_FEATURES, e);
            x.edgeFeatCount[t] = e;
            edgeScores(x.edgeFeats, FeatureExtractor.memoryEdgeFeature(remembered[i], x.edgeFeats, e), x.edgeAt, t * PAIRS);
        }
    }

    /**
     * Reads ahead what the scoring loop below will read: a float of each cache line of the packed rows at the
     * sentence's {@code end} gathered row starts (a row's first and last: two lines each), and every sixteenth
     * float (a line's worth) of each word's side sums, in loops of reads alone: they
     * are cache misses at random places of megabytes, and the scoring loop, with eighteen sums per row between
     * them, kept only a few in flight at once. Returns what it read, for the caller to keep in {@link
     * Scratch#touched} so that the reads are not compiled away.
     */
    private int touch(Scratch x, int n, int end) {
        float[] r = rows.rows;
        int[] starts = x.rowStarts;
        int seen = 0;
        for (int j = 0; j < end; j++) {
            int k = starts[j];
            seen ^= Float.floatToRawIntBits(r[k]) ^ Float.floatToRawIntBits(r[k + PassRows.WIDTH - 1]);
        }
        float[][] sides = x.sums;
        for (int i = 0; i < n; i++) {
            float[] side = sides[i];
            for (int f = 0; f < side.length; f += 16) {
                seen ^= Float.floatToRawIntBits(side[f]);
            }
        }
        return seen;
    }

    /**
     * As a second pass: the labels of a sentence whose first pass left its feature ids in {@code x} from
     * token {@code offset} on; scores those ids, this pass's own memory recall and each token's vote code
     * with this model's weights (over the first pass's scores, which are no longer needed).
     */
    int[] decodeAgain(FeatureExtractor.Sentence s, int[] remembered, int[] votes, Scratch x, int offset) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            int t = offset + i;
            if (x.secondFor == this) {
                // the partial sums, then the memory's and the votes' rows as memoryFeature and
                // voteFeatures list them (the same floats as their dense rows, added in that order)
                int at = t * Labels.COUNT;
                System.arraycopy(x.secondAt, at, x.stateAt, at, Labels.COUNT);
                if (remembered[i] != 0) {
                    addRow(memoryRows, remembered[i] * Labels.COUNT, x.stateAt, at);
                }
                if (votes[i] != 0) {
                    int v = (votes[i] * 8 + s.words[i].nameType) * 2 * Labels.COUNT;
                    addRow(voteRows, v, x.stateAt, at);
                    addRow(voteRows, v + Labels.COUNT, x.stateAt, at);
                }
            } else {
                int k = x.featCount[t];
                System.arraycopy(x.featsAt, t * FeatureExtractor.MAX_FEATURES, x.feats, 0, k);
                k = extractor.memoryFeature(remembered[i], x.feats, k);
                k = extractor.voteFeatures(s.words[i], votes[i], x.feats, k);
                scoreToken(s.words[i], x.feats, k, x.stateAt, t * Labels.COUNT);
            }
            int e = x.edgeFeatCount[t];
            System.arraycopy(x.edgeFeatsAt, t * FeatureExtractor.MAX_EDGE_FEATURES, x.edgeFeats, 0, e);
            e = FeatureExtractor.memoryEdgeFeature(remembered[i], x.edgeFeats, e);
            e = FeatureExtractor.voteEdgeFeatures(votes[i], x.edgeFeats, e);
            edgeScores(x.edgeFeats, e, x.edgeAt, t * PAIRS);
        }
        return viterbi(n, x.stateAt, x.edgeAt, offset, x);
    }

    /**
     * Viterbi over {@code n} tokens whose scores start at token {@code offset} of {@code state} (labels)
     * and {@code edge} (previous label, label).
     */
    static int[] viterbi(int n, float[] state, float[] edge, int offset, Scratch x) {
        int labels = Labels.COUNT;
        int[] out = new int[n];
        if (n == 0) {
            return out;
        }
        x.ensure(n);
        // one flat table per kind rather than a row object per token: the same sums and comparisons
        float[] best = x.best;
        int[] back = x.back;
        for (int i = 0; i < n; i++) {
            int st = (offset + i) * labels;
            int ed = (offset + i) * PAIRS;
            int here = i * labels;
            if (i == 0) {
                for (int y = 0; y < labels; y++) {
                    best[y] = Labels.allowed(Labels.O, y) ? state[st + y] + edge[ed + Labels.O * labels + y] : Float.NEGATIVE_INFINITY;
                    back[y] = Labels.O;
                }
                continue;
            }
            int before = here - labels;
            // the previous token's nine best scores in locals, read once rather than once per label
            // tried (the table is written in between, so they would be read again)
            float q0 = best[before], q1 = best[before + 1], q2 = best[before + 2], q3 = best[before + 3],
                    q4 = best[before + 4], q5 = best[before + 5], q6 = best[before + 6], q7 = best[before + 7],
                    q8 = best[before + 8];
            for (int y = 0; y < labels; y++) {
                // the allowed previous labels in ascending order, as a loop over all of them with
                // Labels.allowed would try them (so ties go the same way): every label before O or B-X,
                // only B-X and I-X before I-X
                float top = Float.NEGATIVE_INFINITY;
                int arg = Labels.O;
                if (INSIDE[y]) {
                    int p = y - 1;
                    float v = best[before + p] + edge[ed + p * labels + y];
                    if (v > top) {
                        top = v;
                        arg = p;
                    }
                    v = best[before + y] + edge[ed + y * labels + y];
                    if (v > top) {
                        top = v;
                        arg = y;
                    }
                } else {
                    // all nine, written out (labels is 9: see the constructor)
                    int e = ed + y;
                    float v = q0 + edge[e];
                    if (v > top) {
                        top = v;
                        arg = 0;
                    }
                    v = q1 + edge[e + 9];
                    if (v > top) {
                        top = v;
                        arg = 1;
                    }
                    v = q2 + edge[e + 18];
                    if (v > top) {
                        top = v;
                        arg = 2;
                    }
                    v = q3 + edge[e + 27];
                    if (v > top) {
                        top = v;
                        arg = 3;
                    }
                    v = q4 + edge[e + 36];
                    if (v > top) {
                        top = v;
                        arg = 4;
                    }
                    v = q5 + edge[e + 45];
                    if (v > top) {
                        top = v;
                        arg = 5;
                    }
                    v = q6 + edge[e + 54];
                    if (v > top) {
                        top = v;
                        arg = 6;
                    }
                    v = q7 + edge[e + 63];
                    if (v > top) {
                        top = v;
                        arg = 7;
                    }
                    v = q8 + edge[e + 72];
                    if (v > top) {
                        top = v;
                        arg = 8;
                    }
                }
                best[here + y] = top + state[st + y];
                back[here + y] = arg;
            }
        }
        int last = (n - 1) * labels;
        int y = 0;
        for (int k = 1; k < labels; k++) {
            if (best[last + k] > best[last + y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i * labels + y];
        }
        return out;
    }

    /**
     * Sums the (previous label, label) weights of the edge features into {@code scores} from {@code at} on.
     * Every token's first two are the transition and its word's cluster
     * ({@link FeatureExtractor#edgeContextFeatures}): a frozen model takes their sum from
     * {@link #clusterEdges} (the same floats).
     */
    void edgeScores(int[] feats, int n, float[] scores, int at) {
        int j = 1;
        if (clusterEdges != null) {
            System.arraycopy(clusterEdges, (feats[1] - FeatureExtractor.EDGE_CLUSTER) * PAIRS, scores, at, PAIRS);
            j = 2;
        } else {
            System.arraycopy(edgeWeights, feats[0] * PAIRS, scores, at, PAIRS);
        }
        for (; j < n; j++) {
            int base = feats[j] * PAIRS;
            for (int k = 0; k < PAIRS; k++) {
                scores[at + k] += edgeWeights[base + k];
            }
        }
    }

    /**
     * {@link #score} of token features laid out as {@link FeatureExtractor#contextFeatures} writes them
     * (bias, the word's own features, then the rest): a frozen model takes the bias and own features'
     * sum from the word type's cache and adds only the rest, in the same order (the same floats, bit
     * for bit). Word types recur, so this saves most of the weight reads of the word's own features.
     */
    void scoreToken(NerWord word, int[] feats, int n, float[] scores, int at) {
        if (!frozen) {
            score(feats, n, scores, at);
            return;
        }
        System.arraycopy(ownScores(word), 0, scores, at, Labels.COUNT);
        addWeights(feats, FeatureExtractor.ownFeatureCount(word), n, scores, at);
    }

    /**
     * {@link #scoreToken} for this model and for the {@link #second} pass at once, of a token whose
     * features but its own ({@link FeatureExtractor#neighbourFeatures}) have their packed rows at
     * {@code rowStarts[from, to)} but for its neighbours' sides ({@link #SIDES_AT}: {@code before},
     * {@code after}, {@code twoBefore}, {@code twoAfter}), then this pass's memory feature of
     * {@code remembered}: the word's cached own sums ({@code own}) plus the shared features into both
     * {@code scores} and {@code secondScores}, then the memory into {@code scores} only. The same rows as two
     * separate {@link #scoreToken} calls, but added in another order (the sides first, each summed per word),
     * so the floats may differ from theirs in the last bits.
     */
    private void scoreWithSecond(float[] own, float[] before, float[] after, float[] twoBefore,
            float[] twoAfter, int[] rowStarts, int from, int to, int remembered, float[] scores, float[] secondScores,
            int at) {
        // nine running sums per pass in locals rather than in the score arrays, so that the rows' reads do
        // not wait on stores: the word's own sums, the neighbours' side sums (FeatureExtractor.SIDES), then
        // the other rows
        float a0 = own[OWN_AT + 0] + before[SIDES_AT + 0] + after[SIDES_AT + 18] + twoBefore[SIDES_AT + 36]
                + twoAfter[SIDES_AT + 54];
        float a1 = own[OWN_AT + 1] + before[SIDES_AT + 1] + after[SIDES_AT + 19] + twoBefore[SIDES_AT + 37]
                + twoAfter[SIDES_AT + 55];
        float a2 = own[OWN_AT + 2] + before[SIDES_AT + 2] + after[SIDES_AT + 20] + twoBefore[SIDES_AT + 38]
                + twoAfter[SIDES_AT + 56];
        float a3 = own[OWN_AT + 3] + before[SIDES_AT + 3] + after[SIDES_AT + 21] + twoBefore[SIDES_AT + 39]
                + twoAfter[SIDES_AT + 57];
        float a4 = own[OWN_AT + 4] + before[SIDES_AT + 4] + after[SIDES_AT + 22] + twoBefore[SIDES_AT + 40]
                + twoAfter[SIDES_AT + 58];
        float a5 = own[OWN_AT + 5] + before[SIDES_AT + 5] + after[SIDES_AT + 23] + twoBefore[SIDES_AT + 41]
                + twoAfter[SIDES_AT + 59];
        float a6 = own[OWN_AT + 6] + before[SIDES_AT + 6] + after[SIDES_AT + 24] + twoBefore[SIDES_AT + 42]
                + twoAfter[SIDES_AT + 60];
        float a7 = own[OWN_AT + 7] + before[SIDES_AT + 7] + after[SIDES_AT + 25] + twoBefore[SIDES_AT + 43]
                + twoAfter[SIDES_AT + 61];
        float a8 = own[OWN_AT + 8] + before[SIDES_AT + 8] + after[SIDES_AT + 26] + twoBefore[SIDES_AT + 44]
                + twoAfter[SIDES_AT + 62];
        float b0 = own[OWN_AT + 9] + before[SIDES_AT + 9] + after[SIDES_AT + 27] + twoBefore[SIDES_AT + 45]
                + twoAfter[SIDES_AT + 63];
        float b1 = own[OWN_AT + 10] + before[SIDES_AT + 10] + after[SIDES_AT + 28] + twoBefore[SIDES_AT + 46]
                + twoAfter[SIDES_AT + 64];
        float b2 = own[OWN_AT + 11] + before[SIDES_AT + 11] + after[SIDES_AT + 29] + twoBefore[SIDES_AT + 47]
                + twoAfter[SIDES_AT + 65];
        float b3 = own[OWN_AT + 12] + before[SIDES_AT + 12] + after[SIDES_AT + 30] + twoBefore[SIDES_AT + 48]
                + twoAfter[SIDES_AT + 66];
        float b4 = own[OWN_AT + 13] + before[SIDES_AT + 13] + after[SIDES_AT + 31] + twoBefore[SIDES_AT + 49]
                + twoAfter[SIDES_AT + 67];
        float b5 = own[OWN_AT + 14] + before[SIDES_AT + 14] + after[SIDES_AT + 32] + twoBefore[SIDES_AT + 50]
                + twoAfter[SIDES_AT + 68];
        float b6 = own[OWN_AT + 15] + before[SIDES_AT + 15] + after[SIDES_AT + 33] + twoBefore[SIDES_AT + 51]
                + twoAfter[SIDES_AT + 69];
        float b7 = own[OWN_AT + 16] + before[SIDES_AT + 16] + after[SIDES_AT + 34] + twoBefore[SIDES_AT + 52]
                + twoAfter[SIDES_AT + 70];
        float b8 = own[OWN_AT + 17] + before[SIDES_AT + 17] + after[SIDES_AT + 35] + twoBefore[SIDES_AT + 53]
                + twoAfter[SIDES_AT + 71];
        float[] r = rows.rows;
        // the rows' starts come gathered, so no row read waits on its start's
        for (int j = from; j < to; j++) {
            int k = rowStarts[j];
            a0 += r[k];
            a1 += r[k + 1];
            a2 += r[k + 2];
            a3 += r[k + 3];
            a4 += r[k + 4];
            a5 += r[k + 5];
            a6 += r[k + 6];
            a7 += r[k + 7];
            a8 += r[k + 8];
            b0 += r[k + 9];
            b1 += r[k + 10];
            b2 += r[k + 11];
            b3 += r[k + 12];
            b4 += r[k + 13];
            b5 += r[k + 14];
            b6 += r[k + 15];
            b7 += r[k + 16];
            b8 += r[k + 17];
        }
        scores[at] = a0;
        scores[at + 1] = a1;
        scores[at + 2] = a2;
        scores[at + 3] = a3;
        scores[at + 4] = a4;
        scores[at + 5] = a5;
        scores[at + 6] = a6;
        scores[at + 7] = a7;
        scores[at + 8] = a8;
        secondScores[at] = b0;
        secondScores[at + 1] = b1;
        secondScores[at + 2] = b2;
        secondScores[at + 3] = b3;
        secondScores[at + 4] = b4;
        secondScores[at + 5] = b5;
        secondScores[at + 6] = b6;
        secondScores[at + 7] = b7;
        secondScores[at + 8] = b8;
        if (remembered != 0) {
            addRow(memoryRows, remembered * Labels.COUNT, scores, at);
        }
    }

    private static float[] clusterEdges(float[] edgeWeights) {
        float[] sums = new float[FeatureExtractor.CLUSTER_IDS * PAIRS];
        for (int c = 0; c < FeatureExtractor.CLUSTER_IDS; c++) {
            int base = (FeatureExtractor.EDGE_CLUSTER + c) * PAIRS;
            for (int k = 0; k < PAIRS; k++) {
                sums[c * PAIRS + k] = edgeWeights[k] + edgeWeights[base + k];
            }
        }
        return sums;
    }

    /** {@link #memoryRows}: row {@code v} the weights of the memory feature of recall {@code v} (row 0: no feature, unread). */
    private float[] memoryRows() {
        float[] out = new float[(Labels.TYPES.size() + 1) * Labels.COUNT];
        int[] feats = new int[1];
        for (int v = 1; v <= Labels.TYPES.size(); v++) {
            if (extractor.memoryFeature(v, feats, 0) != 1) {
                throw new AssertionError("the memory's recall " + v + " is not one feature");
            }
            System.arraycopy(weights, feats[0] * Labels.COUNT, out, v * Labels.COUNT, Labels.COUNT);
        }
        return out;
    }

    /** {@link #voteRows}: per vote code and likely type (0 to 7), the rows of the two vote features. */
    private float[] voteRows() {
        float[] out = new float[DocumentVotes.CODES * 8 * 2 * Labels.COUNT];
        int[] feats = new int[2];
        for (int vote = 1; vote < DocumentVotes.CODES; vote++) {
            for (int type = 0; type < 8; type++) {
                NerWord typed = new NerWord(0, 0, 0, 0, 0, 0, type, new int[0], 0);
                if (extractor.voteFeatures(typed, vote, feats, 0) != 2) {
                    throw new AssertionError("vote code " + vote + " is not two features");
                }
                int row = (vote * 8 + type) * 2 * Labels.COUNT;
                System.arraycopy(weights, feats[0] * Labels.COUNT, out, row, Labels.COUNT);
                System.arraycopy(weights, feats[1] * Labels.COUNT, out, row + Labels.COUNT, Labels.COUNT);
            }
        }
        return out;
    }

    /** Adds the {@link Labels#COUNT} floats of {@code table} from {@code row} on to the scores at {@code at}. */
    private static void addRow(float[] table, int row, float[] scores, int at) {
        for (int y = 0; y < Labels.COUNT; y++) {
            scores[at + y] += table[row + y];
        }
    }

    /**
     * The word's bias and own features summed under this model, cached on the word type ({@link
     * NerWord#onePass}); another model there simply recomputes.
     */
    private float[] ownScores(NerWord w) {
        OwnScores cached = w.onePass;
        if (cached != null && cached.model() == this) {
            return cached.scores();
        }
        float[] scores = ownScoresOf(w, new float[Labels.COUNT], 0);
        w.onePass = new OwnScores(this, scores);
        return scores;
    }

    /**
     * The word's sums under this model ({@link #SUMS}: {@link #ownScores} under this pass then under the
     * {@link #second} pass, and its sides), cached on the word type ({@link NerWord#bothPasses}).
     */
    private float[] bothOwnScores(NerWord w) {
        float[] cached = w.bothPasses;
        if (cached != null && Float.floatToRawIntBits(cached[MODEL_AT]) == tag) {
            return cached;
        }
        // the own features' rows from the packed rows, both passes' at once (the same floats in the same order
        // as the dense tables', whose 9.4 MB apiece a new word's twenty-odd features would read at random)
        float[] sums = new float[SUMS];
        int[] feats = new int[FeatureExtractor.ownFeatureCount(w)];
        int n = extractor.ownFeatures(w, feats);
        float[] r = rows.rows;
        for (int j = 0; j < n; j++) {
            int k = rows.start(feats[j]);
            for (int y = 0; y < PassRows.WIDTH; y++) {
                sums[OWN_AT + y] += r[k + y];
            }
        }
        sides(extractor.wordStarts(w, rows), sums);
        sums[MODEL_AT] = Float.intBitsToFloat(tag);
        w.bothPasses = sums; // volatile: published whole
        return sums;
    }

    /**
     * Adds to {@code sums} from {@link #SIDES_AT} on the sides of a word of these {@link
     * FeatureExtractor#wordStarts}: per side of {@link FeatureExtractor#SIDES}, its packed rows there (both
     * passes) summed in that order; returns {@code sums}.
     */
    private float[] sides(int[] starts, float[] sums) {
        int[][] sideStarts = FeatureExtractor.SIDES;
        float[] r = rows.rows;
        for (int side = 0; side < sideStarts.length; side++) {
            for (int f : sideStarts[side]) {
                for (int y = 0; y < PassRows.WIDTH; y++) {
                    sums[SIDES_AT + side * PassRows.WIDTH + y] += r[starts[f] + y];
                }
            }
        }
        return sums;
    }

    /** Sums the word's bias and own features under this model into {@code scores} from {@code at} on. */
    private float[] ownScoresOf(NerWord w, float[] scores, int at) {
        int[] feats = new int[FeatureExtractor.ownFeatureCount(w)];
        score(feats, extractor.ownFeatures(w, feats), scores, at);
        return scores;
    }

    /** Sums the label weights of the state features into {@code scores} from {@code at} on. */
    void score(int[] feats, int n, float[] scores, int at) {
        java.util.Arrays.fill(scores, at, at + Labels.COUNT, 0f);
        addWeights(feats, 0, n, scores, at);
    }

    /** Adds the label weights of features {@code [from, to)}, in order, to the scores at {@code at}. */
    private void addWeights(int[] feats, int from, int to, float[] scores, int at) {
        for (int j = from; j < to; j++) {
            addRow(weights, feats[j] * Labels.COUNT, scores, at);
        }
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

    static void writeSparse(DataOutputStream d, float[] weights) throws IOException {
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
