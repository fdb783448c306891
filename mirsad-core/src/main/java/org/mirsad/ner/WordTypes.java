package org.mirsad.ner;

import java.util.HashMap;
import java.util.Map;
import org.mirsad.resources.TsvResource;

/**
 * Name-likeness of news words: for each normalised word, how much its contexts in unlabelled news look
 * like those of a person, place, organisation or other name (percentages, learnt by
 * {@code tools/train-word-types.py} from SaudiNewsNet contexts and ANERcorp's training words, cross-fitted
 * so that a training word's score never comes from its own label). It lets the tagger judge a name it
 * never saw labelled by everything the news says around it. Only this derived table ships.
 */
final class WordTypes {

    static final String RESOURCE = "word-types.tsv.gz";
    /** Packed percentages, one byte each: PERS in bits 0-7, LOC 8-15, ORG 16-23, MISC 24-31; absent words map to {@link #NONE}. */
    static final int NONE = -1;
    /** Name types scored, in {@link Labels#TYPES} order. */
    static final int TYPES = 4;
    private static final Map<String, Integer> TABLE = load();

    private WordTypes() {
    }

    /** The packed percentages of a normalised word, or {@link #NONE} when the news never showed it often enough. */
    static int of(String normalised) {
        Integer p = TABLE.get(normalised);
        return p == null ? NONE : p;
    }

    /** The percentage (0-100) for type {@code type} (0 PERS, 1 LOC, 2 ORG, 3 MISC) of a packed entry. */
    static int percent(int packed, int type) {
        return (packed >>> (8 * type)) & 0xFF;
    }

    /** A level of a percentage on a doubling scale: 0 below 1, 1 for 1, 2 for 2-3, 3 for 4-7 … 7 for 64 and more. */
    static int level(int percent) {
        return 32 - Integer.numberOfLeadingZeros(Math.min(percent, 64));
    }

    static int size() {
        return TABLE.size();
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>(100_000);
        TsvResource.forEachLine(WordTypes.class, RESOURCE, line -> {
            String[] f = line.split("\t");
            int packed = 0;
            for (int t = 0; t < TYPES; t++) {
                packed |= Math.min(100, Integer.parseInt(f[1 + t])) << (8 * t);
            }
            out.put(f[0], packed);
        });
        return out;
    }
}
