package org.mirsad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A name lexicon induced by the tagger itself from unlabelled news ("gazetteer from data"): a model
 * tags the news, and for each word stem (keyed by its hash, as {@link Memory} keys it) the lexicon
 * keeps how often it was tagged each type. A name the training data never showed but the news shows
 * in many easy contexts (after a title, in a full form) is then known in a hard one. Only the hashed
 * counts' codes are kept, never the text.
 *
 * <p>A word's code packs, for each of the four types, the level ({@link WordTypes#level}) of the share
 * of its news occurrences tagged that type (3 bits each), a count level (4 bits) and 1 + its likely
 * type (3 bits; 0 when no type reaches {@link FeatureExtractor#LIKELY}); 0 for a word seen fewer than
 * {@link #MIN_COUNT} times.
 */
final class NameLexicon {

    static final int MIN_COUNT = Integer.getInteger("mirsad.ner.lexicon.min", 3);

    private final Map<Integer, Integer> codes;

    private NameLexicon(Map<Integer, Integer> codes) {
        this.codes = codes;
    }

    /** Tags every article with the one-pass {@code model} (a running memory per article) and keeps the codes. */
    static NameLexicon induce(NerModel model, List<List<FeatureExtractor.Sentence>> articles) {
        Map<Integer, int[]> counts = new HashMap<>();
        NerModel.Scratch x = new NerModel.Scratch();
        for (List<FeatureExtractor.Sentence> article : articles) {
            Memory memory = new Memory();
            for (FeatureExtractor.Sentence s : article) {
                int[] labels = model.decode(s, NerModel.remembered(s, memory), x);
                memory.remember(s, labels);
                for (int i = 0; i < labels.length; i++) {
                    FeatureExtractor.Word w = s.words[i];
                    if (w.shape != 0 || w.stripHashLength < 3) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(w.stripHash, k -> new int[1 + Labels.TYPES.size()]);
                    c[0]++;
                    if (labels[i] != Labels.O) {
                        c[1 + Labels.type(labels[i])]++;
                    }
                }
            }
        }
        Map<Integer, Integer> codes = new HashMap<>();
        for (Map.Entry<Integer, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] >= MIN_COUNT) {
                codes.put(e.getKey(), code(c));
            }
        }
        return new NameLexicon(codes);
    }

    private static int code(int[] c) {
        int packed = 0;
        int best = 0;
        int likely = 0;
        for (int t = 0; t < WordTypes.TYPES; t++) {
            int percent = (int) (100L * c[1 + t] / c[0]);
            int level = WordTypes.level(percent);
            packed |= level << (3 * t);
            if (percent > best) {
                best = percent;
                likely = level >= FeatureExtractor.LIKELY ? 1 + t : 0;
            }
        }
        int countLevel = Math.min(15, 32 - Integer.numberOfLeadingZeros(c[0]));
        return packed | countLevel << 12 | likely << 16;
    }

    /** The code of every token of the sentence (0: not in the lexicon). */
    int[] codes(FeatureExtractor.Sentence s) {
        int[] out = new int[s.length()];
        for (int i = 0; i < out.length; i++) {
            FeatureExtractor.Word w = s.words[i];
            out[i] = w.shape != 0 || w.stripHashLength < 3 ? 0 : codes.getOrDefault(w.stripHash, 0);
        }
        return out;
    }

    static int level(int code, int type) {
        return (code >>> (3 * type)) & 7;
    }

    static int countLevel(int code) {
        return (code >>> 12) & 15;
    }

    static int likely(int code) {
        return (code >>> 16) & 7;
    }

    int size() {
        return codes.size();
    }

    void write(DataOutputStream d) throws IOException {
        d.writeInt(codes.size());
        for (Map.Entry<Integer, Integer> e : new java.util.TreeMap<>(codes).entrySet()) {
            d.writeInt(e.getKey());
            d.writeInt(e.getValue());
        }
    }

    static NameLexicon read(DataInputStream d) throws IOException {
        int n = d.readInt();
        Map<Integer, Integer> codes = new HashMap<>(n * 2);
        for (int k = 0; k < n; k++) {
            codes.put(d.readInt(), d.readInt());
        }
        return new NameLexicon(codes);
    }
}
