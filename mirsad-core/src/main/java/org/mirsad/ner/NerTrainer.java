package org.mirsad.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link NerModel} with the structured averaged perceptron (Collins 2002): each sentence is
 * decoded whole with the model's Viterbi decoder, and where the best sequence differs from the gold one
 * the gold sequence's features gain weight and the guessed sequence's lose it; weights are averaged
 * over every sentence seen. Deterministic for a given seed. A two-pass model's second pass is trained the
 * same way, on the memory and {@link DocumentVotes} of first passes that did not see the sentence.
 */
public final class NerTrainer {

    /**
     * Options: hash table size (2^bits buckets), passes over the data, shuffle seed, and how many tagging
     * passes the model makes (1, or 2 for a second pass reading the first one's {@link DocumentVotes}).
     */
    public record Options(int bits, int epochs, long seed, int passes) {
        public static final Options DEFAULT = new Options(18, 12, 20240917L, 2);

        public Options(int bits, int epochs, long seed) {
            this(bits, epochs, seed, DEFAULT_PASSES);
        }

        public Options {
            if (passes != 1 && passes != 2) {
                throw new IllegalArgumentException("passes must be 1 or 2, got " + passes);
            }
        }
    }

    private static final int DEFAULT_PASSES = 2;
    /**
     * Folds of the training data for the first pass's votes that the second pass trains on: each fold is
     * tagged by a first pass trained on the others, so the second pass learns how far to trust votes as
     * good as they will be on unseen text, not votes on sentences the first pass has learnt by heart.
     */
    static final int VOTE_FOLDS = 5;

    private NerTrainer() {
    }

    public static NerModel train(List<ConllSentence> sentences, Options options) {
        List<FeatureExtractor.Sentence> prepared = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        for (ConllSentence s : sentences) {
            prepared.add(new FeatureExtractor.Sentence(s.tokenArray()));
            gold.add(s.tags().stream().mapToInt(Labels::index).toArray());
        }
        NerModel first = trainPass(prepared, gold, null, options);
        if (options.passes() == 1) {
            return first;
        }
        NerModel second = trainPass(prepared, gold, heldOutFirstPass(prepared, gold, first, options), options);
        return new NerModel(first.bits, first.weights, first.edgeWeights, second);
    }

    /** What a first pass that never saw a training sentence said of it: each token's vote code. */
    private record FirstPass(int[] votes) {
    }

    /**
     * Every training sentence tagged by a first pass trained on the folds it is not in ({@link #VOTE_FOLDS};
     * folds end on pseudo-document bounds), with that pass's memory and its votes over the pseudo-document.
     * With fewer than two pseudo-documents there is nothing to hold out and {@code whole} tags them.
     */
    private static List<FirstPass> heldOutFirstPass(List<FeatureExtractor.Sentence> prepared, List<int[]> gold,
            NerModel whole, Options options) {
        int per = Memory.SENTENCES_PER_DOCUMENT;
        int documents = (prepared.size() + per - 1) / per;
        int folds = Math.max(1, Math.min(VOTE_FOLDS, documents));
        List<FirstPass> out = new ArrayList<>(prepared.size());
        NerModel.Scratch x = new NerModel.Scratch();
        for (int f = 0; f < folds; f++) {
            int from = Math.min(prepared.size(), documents * f / folds * per);
            int to = Math.min(prepared.size(), documents * (f + 1) / folds * per);
            NerModel tagger = whole;
            if (folds >= 2) {
                List<FeatureExtractor.Sentence> rest = new ArrayList<>(prepared.subList(0, from));
                rest.addAll(prepared.subList(to, prepared.size()));
                List<int[]> restGold = new ArrayList<>(gold.subList(0, from));
                restGold.addAll(gold.subList(to, gold.size()));
                tagger = trainPass(rest, restGold, null, options);
            }
            for (int d = from; d < to; d += per) {
                List<FeatureExtractor.Sentence> document = prepared.subList(d, Math.min(to, d + per));
                Memory memory = new Memory();
                DocumentVotes votes = new DocumentVotes();
                List<int[]> labels = new ArrayList<>();
                for (FeatureExtractor.Sentence s : document) {
                    int[] r = NerModel.remembered(s, memory);
                    int[] guess = tagger.decode(s, r, x);
                    memory.remember(s, guess);
                    votes.add(s, guess);
                    labels.add(guess);
                }
                for (int k = 0; k < document.size(); k++) {
                    out.add(new FirstPass(votes.codes(document.get(k), labels.get(k))));
                }
            }
        }
        return out;
    }

    /**
     * One pass's perceptron; a second pass ({@code firstPass} not null) adds the held-out first pass's vote
     * features, as it will when tagging.
     */
    private static NerModel trainPass(List<FeatureExtractor.Sentence> prepared, List<int[]> gold, List<FirstPass> firstPass,
            Options options) {
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
                    int[] votes = firstPass == null ? null : firstPass.get(idx).votes();
                    int[] guess = model.decode(s, remembered, scratch);
                    if (votes != null) {
                        // the features the first pass extracted (left in scratch), then this pass's votes on top
                        guess = model.decodeAgain(s, remembered, votes, scratch, 0);
                    }
                    memory.remember(s, guess);
                    step++;
                    for (int i = 0; i < g.length; i++) {
                        int goldPrev = i > 0 ? g[i - 1] : Labels.O;
                        int guessPrev = i > 0 ? guess[i - 1] : Labels.O;
                        if (g[i] != guess[i]) {
                            int n = fx.stateFeatures(s, i, remembered[i], feats);
                            if (votes != null) {
                                n = fx.voteFeatures(s.words[i], votes[i], feats, n);
                            }
                            for (int j = 0; j < n; j++) {
                                int base = feats[j] * labels;
                                update(w, totals, stamps, base + g[i], 1f, step);
                                update(w, totals, stamps, base + guess[i], -1f, step);
                            }
                        }
                        if (g[i] != guess[i] || goldPrev != guessPrev) {
                            int n = fx.edgeFeatures(s, i, remembered[i], edgeFeats);
                            if (votes != null) {
                                n = FeatureExtractor.voteEdgeFeatures(votes[i], edgeFeats, n);
                            }
                            for (int j = 0; j < n; j++) {
                                int base = edgeFeats[j] * NerModel.PAIRS;
                                update(ew, edgeTotals, edgeStamps, base + goldPrev * labels + g[i], 1f, step);
                                update(ew, edgeTotals, edgeStamps, base + guessPrev * labels + guess[i], -1f, step);
                            }
                        }
                    }
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
