package org.mirsad.ner;

import org.mirsad.text.WordCache;

/**
 * What the tagger knows of one written word, the same for every token of it: its hashes and the features
 * that depend on the word alone, as {@link FeatureExtractor#word} works them out once per word type.
 * Opaque outside the package: a caller that keeps a record of its own per written word (the article's
 * tokens, {@link org.mirsad.tokens.WordRecord}) keeps the tagger's word on it ({@link #of}) and hands the
 * words to {@link NerModel#labelWords}, so that the tagger looks nothing up per token.
 */
public final class NerWord {

    /** Each token text's word, worked out once per form (see {@link WordCache}). */
    private static final WordCache<NerWord> CACHE = new WordCache<>(150_000);

    /** The word written {@code token} (one token of NER's {@link Tokenizer}: no spaces, not empty). */
    public static NerWord of(String token) {
        return CACHE.get(token, FeatureExtractor::word);
    }

    /** {@link #of} every token, in order. */
    static NerWord[] of(String[] tokens) {
        NerWord[] out = new NerWord[tokens.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = of(tokens[i]);
        }
        return out;
    }

    final int normHash;
    final int stripHash;
    final int stripHashLength;
    final int shape;
    final int nameBits;
    /** mid-granularity word cluster, or 255 when the word is not in the cluster table */
    final int cluster;
    /** 0, or 1 + the name type the news contexts make this word likely to be (see {@link WordTypes}) */
    final int nameType;
    final int[] own;
    /**
     * Bit k set when some phrase of gazetteer kind k (bit {@link FeatureExtractor#TRIGGER_LIST}: a trigger)
     * starts with this word, with or without its clitic: asked of every token for every list, so kept per
     * word type.
     */
    final int starts;
    /**
     * The label scores of the bias and {@link #own} features under a frozen two-pass model, both passes', and
     * what the word's neighbours read of it, in one array ({@code NerModel.SUMS}: read together for every
     * token, one array to fetch, not a record and its array), summed in the order {@link NerModel#score}
     * sums them; filled when first needed. Volatile, so that a word another thread fills is seen whole.
     */
    volatile float[] bothPasses;
    /** The same under any other frozen model (one pass), so that the two kinds never evict each other. */
    NerModel.OwnScores onePass;

    NerWord(int normHash, int stripHash, int stripHashLength, int shape, int nameBits, int cluster, int nameType,
            int[] own, int starts) {
        this.normHash = normHash;
        this.stripHash = stripHash;
        this.stripHashLength = stripHashLength;
        this.shape = shape;
        this.nameBits = nameBits;
        this.cluster = cluster;
        this.nameType = nameType;
        this.own = own;
        this.starts = starts;
    }
}
