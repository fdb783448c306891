package org.mirsad.ner;

/**
 * What the tagger has already said about a word earlier in the same document: the entity type it
 * gave the word's stem last time. Names recur in a story, often in a shorter or harder context later
 * (the "extended prediction history" of Ratinov and Roth 2009). A two-pass model keeps one such memory
 * per pass and the first pass's {@link DocumentVotes votes} so far. One per document; not thread-safe.
 */
public final class Memory {

    /** Sentences per pseudo-document where documents are unknown (CoNLL input without document breaks). */
    public static final int SENTENCES_PER_DOCUMENT = 20;

    /** Stem hash → 1 + the type last given (no boxing: asked of every token of every pass). */
    private final StemTable lastType = new StemTable(EXPECTED_NAMES);
    /** Distinct names a document's memory is sized for at first (it grows past them). */
    private static final int EXPECTED_NAMES = 32;

    /** The second pass's memory and the first pass's votes, made when a two-pass model first asks. */
    private Memory secondPass;
    private DocumentVotes votes;

    /** 0 when the word has not been tagged as a name yet, else 1 + its last type index. */
    int recall(NerWord w) {
        return Math.max(0, lastType.get(w.stripHash));
    }

    void remember(FeatureExtractor.Sentence s, int[] labels) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != Labels.O && s.words[i].shape == 0 && s.words[i].stripHashLength >= 3) {
                lastType.put(s.words[i].stripHash, 1 + Labels.type(labels[i]));
            }
        }
    }

    Memory secondPass() {
        if (secondPass == null) {
            secondPass = new Memory();
        }
        return secondPass;
    }

    DocumentVotes votes() {
        if (votes == null) {
            votes = new DocumentVotes();
        }
        return votes;
    }

    public void clear() {
        lastType.clear();
        if (secondPass != null) {
            secondPass.clear();
        }
        if (votes != null) {
            votes.clear();
        }
    }
}
