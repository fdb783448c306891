package org.mirsad.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link NerModel}: pseudo-documents in a shuffled order, each sentence decoded whole with the
 * model's Viterbi decoder (its labels feed the document memory, as when tagging), then learnt from by a
 * linear-chain CRF ({@link CrfLearner}, the default) or the structured averaged perceptron
 * ({@link Perceptron}). Deterministic for a given seed. A two-pass model's second pass is trained the
 * same way, on the memory and {@link DocumentVotes} of first passes that did not see the sentence.
 */
public final class NerTrainer {

    /**
     * Options: hash table size (2^bits buckets), passes over the data, shuffle seed, how many tagging
     * passes the model makes (1, or 2 for a second pass reading the first one's {@link DocumentVotes}), and
     * the learner.
     */
    public record Options(int bits, int epochs, long seed, int passes, Learner learner) {
        public static final Options DEFAULT = new Options(18, 12, 20240917L, 2, Learner.CRF);

        public Options(int bits, int epochs, long seed) {
            this(bits, epochs, seed, DEFAULT_PASSES);
        }

        public Options(int bits, int epochs, long seed, int passes) {
            this(bits, epochs, seed, passes, Learner.CRF);
        }

        public Options {
            java.util.Objects.requireNonNull(learner, "learner");
            if (passes != 1 && passes != 2) {
                throw new IllegalArgumentException("passes must be 1 or 2, got " + passes);
            }
        }
    }

    /** How a pass's weights are learnt from the same features. */
    public enum Learner {
        /** The structured averaged perceptron ({@link Perceptron}), the tagger's learner before the sixth round. */
        PERCEPTRON,
        /** A linear-chain CRF by stochastic gradient with an L2 penalty ({@link CrfLearner}). */
        CRF
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
     * One pass trained by {@code options.learner()}; a second pass ({@code firstPass} not null) adds the
     * held-out first pass's vote features, as it will when tagging.
     */
    private static NerModel trainPass(List<FeatureExtractor.Sentence> prepared, List<int[]> gold, List<FirstPass> firstPass,
            Options options) {
        PassLearner learner = switch (options.learner()) {
            case PERCEPTRON -> new Perceptron(options.bits());
            case CRF -> new CrfLearner(options.bits(), prepared.size());
        };
        NerModel model = learner.model;
        // documents are unknown: sentences keep their order inside pseudo-documents of
        // Memory.SENTENCES_PER_DOCUMENT (as at evaluation), and the pseudo-documents are shuffled
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i += Memory.SENTENCES_PER_DOCUMENT) {
            order.add(i);
        }
        Random random = new Random(options.seed());
        NerModel.Scratch scratch = new NerModel.Scratch();
        Memory memory = new Memory();
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (int first : order) {
                memory.clear();
                for (int idx = first; idx < Math.min(prepared.size(), first + Memory.SENTENCES_PER_DOCUMENT); idx++) {
                    FeatureExtractor.Sentence s = prepared.get(idx);
                    int[] remembered = NerModel.remembered(s, memory);
                    int[] votes = firstPass == null ? null : firstPass.get(idx).votes();
                    int[] guess = model.decode(s, remembered, scratch);
                    if (votes != null) {
                        // the features the first pass extracted (left in scratch), then this pass's votes on top
                        guess = model.decodeAgain(s, remembered, votes, scratch, 0);
                    }
                    memory.remember(s, guess);
                    learner.learn(s, gold.get(idx), guess, remembered, votes, scratch);
                }
            }
        }
        return learner.result();
    }
}
