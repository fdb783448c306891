package org.mirsad.ner;

/**
 * How one tagging pass's weights learn from a training sentence that the pass has just decoded with its
 * current weights (so the sentence's scores are still in the {@link NerModel.Scratch}). {@link NerTrainer}
 * walks the data the same way for every learner; a learner only says how a sentence changes the weights.
 */
abstract class PassLearner {

    final NerModel model;
    final FeatureExtractor fx;
    private final int[] feats = new int[FeatureExtractor.MAX_FEATURES];
    private final int[] edgeFeats = new int[FeatureExtractor.MAX_EDGE_FEATURES];

    /** A learner over zero weights with {@code 2^bits} state buckets. */
    PassLearner(int bits) {
        model = NerModel.training(bits, new float[(1 << bits) * Labels.COUNT],
                new float[FeatureExtractor.EDGE_FEATURES * NerModel.PAIRS]);
        fx = model.extractor();
    }

    /**
     * Learns from one sentence: its gold labels, the labels the pass gave it ({@code guess}, whose scores
     * are in {@code x} from token 0 on), what the pass's memory recalled of each word and, for a second
     * pass, each word's vote code (else null).
     */
    abstract void learn(FeatureExtractor.Sentence s, int[] gold, int[] guess, int[] remembered, int[] votes,
            NerModel.Scratch x);

    /** The trained pass (frozen: its weights no longer change). */
    abstract NerModel result();

    /** Token {@code i}'s state feature buckets in {@link #feats()}, as the pass scored them; returns how many. */
    final int stateFeatures(FeatureExtractor.Sentence s, int i, int[] remembered, int[] votes) {
        int n = fx.stateFeatures(s, i, remembered[i], feats);
        return votes == null ? n : fx.voteFeatures(s.words[i], votes[i], feats, n);
    }

    /** Token {@code i}'s edge feature ids in {@link #edgeFeats()}, as the pass scored them; returns how many. */
    final int edgeFeatures(FeatureExtractor.Sentence s, int i, int[] remembered, int[] votes) {
        int n = fx.edgeFeatures(s, i, remembered[i], edgeFeats);
        return votes == null ? n : FeatureExtractor.voteEdgeFeatures(votes[i], edgeFeats, n);
    }

    final int[] feats() {
        return feats;
    }

    final int[] edgeFeats() {
        return edgeFeats;
    }
}
