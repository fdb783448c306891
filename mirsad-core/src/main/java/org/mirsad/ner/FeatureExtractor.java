package org.mirsad.ner;

import java.util.List;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Clitics;

/**
 * Turns a token in its sentence into hashed feature indices (the "hashing trick": each feature is a
 * template id mixed with a value hash, folded into {@code 2^bits} buckets), so the tagger needs no
 * feature dictionary and builds no strings per token. Per-word features are computed once per word
 * type and cached ({@link #word}, {@link NerWord}); context features combine cached hashes.
 *
 * <p>Templates follow the usual greedy-tagger set (Ratinov and Roth 2009, "Design challenges and
 * misconceptions in NER"), with Arabic additions after Benajiba and Rosso 2008 (ANERsys): the
 * normalised form, the clitic-stripped stem, prefixes and suffixes, gazetteer membership and trigger
 * words. Change a template and {@link #VERSION} must change: the model file records it.
 */
final class FeatureExtractor {

    static final int VERSION = 7;
    static final int MAX_FEATURES = 64;

    private final int mask;

    FeatureExtractor(int bits) {
        this.mask = (1 << bits) - 1;
    }

    /** What the extractor knows of one sentence: cached word data plus sentence-level flags. */
    static final class Sentence {
        final NerWord[] words;
        /** per token, per gazetteer kind: 0 none, 1 begins a listed phrase, 2 continues one */
        final byte[][] gazetteer;
        final boolean[] afterTrigger;

        Sentence(String[] tokens) {
            this(NerWord.of(tokens));
        }

        /** The sentence of these words (the array is kept, not copied). */
        Sentence(NerWord[] words) {
            this.words = words;
            int n = words.length;
            gazetteer = new byte[Gazetteers.KINDS][n];
            for (int k = 0; k < Gazetteers.KINDS; k++) {
                markPhrases(Gazetteers.LISTS[k], k, gazetteer[k]);
            }
            afterTrigger = new boolean[n];
            PhraseSet t = Gazetteers.TRIGGERS;
            for (int start = 0; start < n; start++) {
                if (!startsPhrase(TRIGGER_LIST, start)) {
                    continue;
                }
                long lengths = matchingLengths(t, start, Math.min(t.maxWords(), n - 1 - start));
                for (int len = 1; lengths >>> len != 0; len++) {
                    if ((lengths & 1L << len) != 0) {
                        afterTrigger[start + len] = true;
                    }
                }
            }
        }

        int length() {
            return words.length;
        }

        private void markPhrases(PhraseSet set, int list, byte[] marks) {
            int n = words.length;
            for (int i = 0; i < n; i++) {
                if (!startsPhrase(list, i)) {
                    continue;
                }
                long lengths = matchingLengths(set, i, Math.min(set.maxWords(), n - i));
                if (lengths != 0) {
                    int len = 63 - Long.numberOfLeadingZeros(lengths); // the longest phrase
                    if (marks[i] == 0) {
                        marks[i] = 1;
                    }
                    for (int j = i + 1; j < i + len; j++) {
                        marks[j] = 2;
                    }
                }
            }
        }

        /** Whether a phrase of list {@code list} ({@link NerWord#starts}) may start at token {@code start}. */
        private boolean startsPhrase(int list, int start) {
            return (words[start].starts & (1 << list)) != 0;
        }

        /**
         * Bit {@code len} set for every length up to {@code max} at which tokens {@code start..start+len-1}
         * form a listed phrase, with or without a clitic on the first word. The phrase's hash grows a word at
         * a time and stops at the first length that opens no longer phrase ({@link PhraseSet#opens}), where
         * every length used to be hashed from its first word and probed: the same lengths, most tokens
         * after one or two probes.
         */
        private long matchingLengths(PhraseSet set, int start, int max) {
            long plain = PhraseSet.START;
            long stripped = PhraseSet.START;
            long lengths = 0;
            for (int len = 1; len <= max; len++) {
                NerWord w = words[start + len - 1];
                plain = PhraseSet.combine(plain, w.normHash);
                stripped = PhraseSet.combine(stripped, len == 1 ? w.stripHash : w.normHash);
                if (set.contains(plain) || set.contains(stripped)) {
                    lengths |= 1L << len;
                }
                if (!set.opens(plain) && !set.opens(stripped)) {
                    break;
                }
            }
            return lengths;
        }
    }

    /** The bit of {@link NerWord#starts} for the trigger list, after the gazetteer kinds' bits. */
    static final int TRIGGER_LIST = Gazetteers.KINDS;

    /**
     * The word written {@code token} with its hashes and the features that depend on it alone
     * (template-mixed): what {@link NerWord#of} keeps per word type.
     */
    static NerWord word(String token) {
        String norm = ArabicNormalizer.normalize(token);
        String stem = Clitics.stripProclitics(norm);
        int normHash = norm.hashCode();
        int stripHash = stem.hashCode();
        int shape = shape(token);
        int startBits = 0;
        for (int list = 0; list <= TRIGGER_LIST; list++) {
            PhraseSet set = list == TRIGGER_LIST ? Gazetteers.TRIGGERS : Gazetteers.LISTS[list];
            if (set.startsWith(normHash) || set.startsWith(stripHash)) {
                startBits |= 1 << list;
            }
        }
        int[] f = new int[28];
        int k = 0;
        f[k++] = mix(1, token.hashCode());
        f[k++] = mix(2, normHash);
        f[k++] = mix(3, stripHash);
        for (int len = 1; len <= 3; len++) {
            if (norm.length() > len) {
                f[k++] = mix(3 + len, prefixHash(norm, len));
            }
        }
        for (int len = 1; len <= 4; len++) {
            if (norm.length() > len) {
                f[k++] = mix(6 + len, suffixHash(norm, len));
            }
        }
        f[k++] = mix(11, shape);
        f[k++] = mix(12, Math.min(norm.length(), 10));
        f[k++] = mix(13, suffixHash(stem, Math.min(2, stem.length())));
        f[k++] = mix(14, stem.length() == norm.length() ? 0 : norm.length() - stem.length());
        int names = (Gazetteers.FIRST_WORDS.contains(norm) || Gazetteers.FIRST_WORDS.contains(stem) ? 1 : 0)
                + (Gazetteers.LAST_WORDS.contains(norm) || Gazetteers.LAST_WORDS.contains(stem) ? 2 : 0)
                + (Gazetteers.GIVEN_NAMES.contains(norm) || Gazetteers.GIVEN_NAMES.contains(stem) ? 4 : 0);
        if (names != 0) {
            f[k++] = mix(15, names);
        }
        int packed = WordClusters.of(norm);
        if (packed == WordClusters.NONE) {
            packed = WordClusters.of(stem);
        }
        int cluster;
        if (packed == WordClusters.NONE) {
            cluster = 255;
            f[k++] = mix(16, -1);
        } else {
            cluster = WordClusters.mid(packed);
            f[k++] = mix(16, WordClusters.fine(packed));
            f[k++] = mix(17, cluster);
            f[k++] = mix(18, WordClusters.coarse(packed));
        }
        int types = wordTypes(norm);
        int likely = 0;
        if (types == WordTypes.NONE) {
            f[k++] = mix(70, -1);
        } else {
            int bestPercent = 0;
            for (int t = 0; t < WordTypes.TYPES; t++) {
                int pct = WordTypes.percent(types, t);
                f[k++] = mix(71 + t, WordTypes.level(pct));
                if (pct > bestPercent) {
                    bestPercent = pct;
                    likely = WordTypes.level(pct) >= LIKELY ? 1 + t : 0;
                }
            }
        }
        return new NerWord(normHash, stripHash, stem.length(), shape, names, cluster, likely,
                java.util.Arrays.copyOf(f, k), startBits);
    }

    /**
     * The word types of a normalised word, else of its proclitic readings from the longest down, so that
     * بالرياض finds الرياض before رياض; {@link WordTypes#NONE} when none is in the table.
     */
    static int wordTypes(String norm) {
        int types = WordTypes.of(norm);
        if (types != WordTypes.NONE) {
            return types;
        }
        List<String> readings = Clitics.procliticReadings(norm);
        for (int r = readings.size() - 1; r >= 1 && types == WordTypes.NONE; r--) {
            types = WordTypes.of(readings.get(r));
        }
        return types;
    }

    /** A word whose news contexts give a name type at least this level ({@link WordTypes#level}, 16%) is "likely" that type. */
    static final int LIKELY = 5;

    /**
     * Fills {@code out} with the bucket indices of token {@code i}'s features that do not depend on the
     * labels (the word, its context, gazetteers, triggers, what the document {@link Memory} recalls of
     * the word), and returns how many it wrote.
     */
    int stateFeatures(Sentence s, int i, int remembered, int[] out) {
        return memoryFeature(remembered, out, contextFeatures(s, i, out));
    }

    /** Appends the document memory's feature (what it recalls of the word, if anything) at {@code k}; returns the new count. */
    int memoryFeature(int remembered, int[] out, int k) {
        if (remembered != 0) {
            out[k++] = mix(50, remembered) & mask;
        }
        return k;
    }

    /**
     * The features that depend on the word type alone, the bias first, written from {@code out[0]};
     * returns their count ({@link #ownFeatureCount}). They open {@link #contextFeatures}, so a frozen
     * model can sum them once per word type.
     */
    int ownFeatures(NerWord word, int[] out) {
        int k = 0;
        out[k++] = mix(0, 0) & mask;
        for (int f : word.own) {
            out[k++] = f & mask;
        }
        return k;
    }

    /** How many features {@link #ownFeatures} writes for the word. */
    static int ownFeatureCount(NerWord word) {
        return 1 + word.own.length;
    }

    /** The state features of token {@code i} but the memory's: they stay the same in a second pass. */
    int contextFeatures(Sentence s, int i, int[] out) {
        return neighbourFeatures(s, i, out, ownFeatures(s.words[i], out));
    }

    /**
     * The state features of token {@code i} that follow its {@link #ownFeatures} in {@link #contextFeatures}
     * (neighbours, triggers, gazetteer marks), written from {@code out[k]} on; returns the new count. A
     * frozen model takes the own features' sum from the word type's cache, so it asks only for these.
     */
    int neighbourFeatures(Sentence s, int i, int[] out, int k) {
        NerWord[] w = s.words;
        int n = w.length;
        NerWord cur = w[i];
        int prevNorm = i > 0 ? w[i - 1].normHash : BOUNDARY;
        int nextNorm = i + 1 < n ? w[i + 1].normHash : BOUNDARY;
        out[k++] = mix(20, i > 1 ? w[i - 2].normHash : BOUNDARY) & mask;
        out[k++] = mix(21, prevNorm) & mask;
        out[k++] = mix(22, nextNorm) & mask;
        out[k++] = mix(23, i + 2 < n ? w[i + 2].normHash : BOUNDARY) & mask;
        out[k++] = mix(24, i > 0 ? w[i - 1].stripHash : BOUNDARY) & mask;
        out[k++] = mix(25, i + 1 < n ? w[i + 1].stripHash : BOUNDARY) & mask;
        out[k++] = mix(26, i > 0 ? w[i - 1].shape : -1) & mask;
        out[k++] = mix(27, i + 1 < n ? w[i + 1].shape : -1) & mask;
        out[k++] = mix(30, prevNorm * 31 + cur.normHash) & mask;
        out[k++] = mix(31, cur.normHash * 31 + nextNorm) & mask;
        out[k++] = mix(60, i > 0 ? w[i - 1].cluster : 256) & mask;
        out[k++] = mix(61, i + 1 < n ? w[i + 1].cluster : 256) & mask;
        out[k++] = mix(38, (i > 0 ? w[i - 1].nameBits : 8) * 16 + (i + 1 < n ? w[i + 1].nameBits : 8)) & mask;
        out[k++] = mix(75, (i > 0 ? w[i - 1].nameType : 7) * 8 + (i + 1 < n ? w[i + 1].nameType : 7)) & mask;
        if (s.afterTrigger[i]) {
            out[k++] = mix(36, 1) & mask;
            out[k++] = mix(37, cur.shape) & mask;
        }
        for (int g = 0; g < Gazetteers.KINDS; g++) {
            byte here = s.gazetteer[g][i];
            byte before = i > 0 ? s.gazetteer[g][i - 1] : 0;
            byte after = i + 1 < n ? s.gazetteer[g][i + 1] : 0;
            if (here != 0 || before != 0 || after != 0) {
                out[k++] = mix(40 + g, here * 9 + before * 3 + after) & mask;
            }
        }
        return k;
    }

    /**
     * Where the rows ({@link PassRows#start}) of a word's features as a neighbour start: the features of
     * {@link #neighbourFeatures} that hash one neighbour's value alone. A frozen two-pass model sums their
     * rows per word type by {@link #SIDES} ({@code NerModel.SIDES_AT}), so a token takes them from its
     * neighbours' records, already at hand, where it hashed each feature, read its start from a 1 MB table
     * and then its row (a cache miss apiece for the many-valued ones).
     */
    int[] wordStarts(NerWord w, PassRows rows) {
        return new int[] {
            rows.start(mix(20, w.normHash) & mask), rows.start(mix(21, w.normHash) & mask),
            rows.start(mix(22, w.normHash) & mask), rows.start(mix(23, w.normHash) & mask),
            rows.start(mix(24, w.stripHash) & mask), rows.start(mix(25, w.stripHash) & mask),
            rows.start(mix(26, w.shape) & mask), rows.start(mix(27, w.shape) & mask),
            rows.start(mix(60, w.cluster) & mask), rows.start(mix(61, w.cluster) & mask),
        };
    }

    /** Where {@link #wordStarts}' ten starts sit in its array. */
    static final int BEFORE2 = 0, BEFORE = 1, AFTER = 2, AFTER2 = 3, STEM_BEFORE = 4, STEM_AFTER = 5,
            SHAPE_BEFORE = 6, SHAPE_AFTER = 7, CLUSTER_BEFORE = 8, CLUSTER_AFTER = 9, WORD_STARTS = 10;

    /**
     * The {@link #wordStarts} of the word's features by where it stands to a token: just before it (its
     * form, stem, shape and cluster), just after it (the same four), two before (its form), two after (its
     * form). A frozen two-pass model sums each side's rows once per word type (in this order), and
     * {@link #neighbourStarts} leaves all ten out.
     */
    static final int[][] SIDES = {
        {BEFORE, STEM_BEFORE, SHAPE_BEFORE, CLUSTER_BEFORE},
        {AFTER, STEM_AFTER, SHAPE_AFTER, CLUSTER_AFTER},
        {BEFORE2},
        {AFTER2},
    };

    /** The most starts {@link #neighbourStarts} writes for one token: four, a trigger's two, a mark per gazetteer kind. */
    static final int MAX_NEIGHBOUR_STARTS = 6 + Gazetteers.KINDS;

    /** The value hashed for a neighbour beyond the sentence's ends. */
    private static final int BOUNDARY = 0x5bd1e995;

    /**
     * The values {@link #neighbourFeatures} hashes for a neighbour beyond the sentence's ends, as a word:
     * its {@link #wordStarts} are the starts of a missing neighbour's features.
     */
    static final NerWord EDGE = new NerWord(BOUNDARY, BOUNDARY, 0, -1, 8, 256, 7, new int[0], 0);

    /**
     * The row starts of {@link #neighbourFeatures}' features whose values are few (two neighbours' name
     * bits and types, the trigger's, the gazetteer marks), by value: read from a small table, not hashed.
     */
    final class StartTables {
        /** template 38 by {@code before * 16 + after}, each 0..8 */
        final int[] nameBits = new int[9 * 16];
        /** template 75 by {@code before * 8 + after}, each 0..7 */
        final int[] nameTypes = new int[8 * 8];
        /** template 36 */
        final int trigger;
        /** template 37 by the word's shape, 0..5 */
        final int[] triggerShape = new int[6];
        /** template 40 + g by {@code g * 27 + here * 9 + before * 3 + after} */
        final int[] gazetteer = new int[Gazetteers.KINDS * 27];
        /** The rows, for the features of many values (the word pairs'): their starts are hashed. */
        final PassRows rows;

        StartTables(PassRows rows) {
            this.rows = rows;
            for (int v = 0; v < nameBits.length; v++) {
                nameBits[v] = rows.start(mix(38, v) & mask);
            }
            for (int v = 0; v < nameTypes.length; v++) {
                nameTypes[v] = rows.start(mix(75, v) & mask);
            }
            trigger = rows.start(mix(36, 1) & mask);
            for (int v = 0; v < triggerShape.length; v++) {
                triggerShape[v] = rows.start(mix(37, v) & mask);
            }
            for (int g = 0; g < Gazetteers.KINDS; g++) {
                for (int v = 0; v < 27; v++) {
                    gazetteer[g * 27 + v] = rows.start(mix(40 + g, v) & mask);
                }
            }
        }
    }

    /**
     * {@code start[f]} of each feature {@code f} that {@link #neighbourFeatures} writes for token {@code i}
     * but its neighbours' {@link #SIDES} features (those of the words two before, before, after and two
     * after it, {@link #wordStarts} by word), in neighbourFeatures' order, into {@code out} from {@code k}
     * on (room for {@link #MAX_NEIGHBOUR_STARTS}); returns the new end. With those ten, exactly
     * neighbourFeatures' features (NeighbourStartsTest compares the two).
     */
    int neighbourStarts(Sentence s, int i, StartTables t, int[] out, int k) {
        NerWord[] w = s.words;
        int n = w.length;
        NerWord cur = w[i];
        NerWord prev = i > 0 ? w[i - 1] : EDGE;
        NerWord next = i + 1 < n ? w[i + 1] : EDGE;
        out[k++] = t.rows.start(mix(30, prev.normHash * 31 + cur.normHash) & mask);
        out[k++] = t.rows.start(mix(31, cur.normHash * 31 + next.normHash) & mask);
        out[k++] = t.nameBits[prev.nameBits * 16 + next.nameBits];
        out[k++] = t.nameTypes[prev.nameType * 8 + next.nameType];
        if (s.afterTrigger[i]) {
            out[k++] = t.trigger;
            out[k++] = t.triggerShape[cur.shape];
        }
        for (int g = 0; g < Gazetteers.KINDS; g++) {
            byte here = s.gazetteer[g][i];
            byte b = i > 0 ? s.gazetteer[g][i - 1] : 0;
            byte a = i + 1 < n ? s.gazetteer[g][i + 1] : 0;
            if (here != 0 || b != 0 || a != 0) {
                out[k++] = t.gazetteer[g * 27 + here * 9 + b * 3 + a];
            }
        }
        return k;
    }

    /**
     * Appends to {@code out} from {@code k} on the features a second pass adds to a token: the first
     * pass's {@link DocumentVotes vote code} on its word, alone and with the word's likely name type from
     * the news; returns the new count.
     */
    int voteFeatures(NerWord w, int vote, int[] out, int k) {
        if (vote != 0) {
            out[k++] = mix(80, vote) & mask;
            out[k++] = mix(81, vote * 8 + w.nameType) & mask;
        }
        return k;
    }

    /** Edge feature ids: the transition itself, the word's mid cluster, the memory's recall, a gazetteer mark. */
    static final int EDGE_CLUSTER = 1;
    /** Mid cluster ids, "none" (255) included: edge ids {@code [EDGE_CLUSTER, EDGE_CLUSTER + CLUSTER_IDS)}. */
    static final int CLUSTER_IDS = 256;
    private static final int EDGE_REMEMBERED = EDGE_CLUSTER + CLUSTER_IDS;
    private static final int EDGE_GAZETTEER = EDGE_REMEMBERED + Labels.TYPES.size() + 1;
    private static final int EDGE_VOTES = EDGE_GAZETTEER + 3 * Gazetteers.KINDS;
    /** How many edge features exist: they are few and small, so their weights sit in a dense table. */
    static final int EDGE_FEATURES = EDGE_VOTES + DocumentVotes.CODES;
    static final int MAX_EDGE_FEATURES = 4 + Gazetteers.KINDS;

    /**
     * Fills {@code out} with the ids (below {@link #EDGE_FEATURES}) of token {@code i}'s features that
     * are paired with the previous token's label: the transition (id 0), the word's mid cluster, what the
     * document memory recalls of it, and its gazetteer marks. Each has a weight per (previous label,
     * label); returns how many it wrote.
     */
    int edgeFeatures(Sentence s, int i, int remembered, int[] out) {
        return memoryEdgeFeature(remembered, out, edgeContextFeatures(s, i, out));
    }

    /** Appends the document memory's edge feature (if it recalls the word) at {@code k}; returns the new count. */
    static int memoryEdgeFeature(int remembered, int[] out, int k) {
        if (remembered != 0) {
            out[k++] = EDGE_REMEMBERED + remembered;
        }
        return k;
    }

    /**
     * The edge features of token {@code i} but the memory's: always the transition (id 0) and the
     * word's cluster first, which a frozen model sums once per cluster ({@code NerModel.edgeScores}).
     */
    int edgeContextFeatures(Sentence s, int i, int[] out) {
        int k = 0;
        out[k++] = 0;
        out[k++] = EDGE_CLUSTER + s.words[i].cluster;
        for (int g = 0; g < Gazetteers.KINDS; g++) {
            byte here = s.gazetteer[g][i];
            if (here != 0) {
                out[k++] = EDGE_GAZETTEER + 3 * g + here;
            }
        }
        return k;
    }

    /** Appends a second pass's edge feature for a token's vote code (if any) at {@code k}; returns the new count. */
    static int voteEdgeFeatures(int vote, int[] out, int k) {
        if (vote != 0) {
            out[k++] = EDGE_VOTES + vote;
        }
        return k;
    }

    /** Murmur3's finaliser over template and value: spreads nearby ids over the whole table. */
    static int mix(int template, int value) {
        int h = value * 0x9E3779B1 + template * 0x85EBCA6B;
        h ^= h >>> 16;
        h *= 0x7FEB352D;
        h ^= h >>> 15;
        h *= 0x846CA68B;
        h ^= h >>> 16;
        return h;
    }

    private static int prefixHash(String s, int len) {
        int h = len;
        for (int i = 0; i < len; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static int suffixHash(String s, int len) {
        int h = -len;
        for (int i = s.length() - len; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** 0 Arabic letters, 1 digits, 2 Latin, 3 Latin capitalised, 4 punctuation, 5 mixed. */
    private static int shape(String token) {
        boolean arabic = false, digit = false, latin = false, other = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c) || ArabicNormalizer.isMark(c)) {
                arabic = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLetter(c)) {
                latin = true;
            } else {
                other = true;
            }
        }
        int kinds = (arabic ? 1 : 0) + (digit ? 1 : 0) + (latin ? 1 : 0);
        if (kinds > 1) {
            return 5;
        }
        if (arabic) {
            return 0;
        }
        if (digit) {
            return 1;
        }
        if (latin) {
            return Character.isUpperCase(token.charAt(0)) ? 3 : 2;
        }
        return other ? 4 : 5;
    }
}
