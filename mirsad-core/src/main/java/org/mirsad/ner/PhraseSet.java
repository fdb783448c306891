package org.mirsad.ner;

import org.mirsad.text.ArabicNormalizer;

/**
 * A set of multi-word phrases matched over token hashes, so that the tagger's hot loop builds no
 * strings and boxes no numbers: a phrase is the combined hash of its normalised words ({@link #combine}),
 * kept in an open-addressing table, with the hashes of the phrases' first words kept apart so that
 * most tokens are rejected by one probe, and the hashes of their first words short of the whole phrase
 * ({@link #opens}) so that a search for the phrases at a token stops where none can go on.
 */
final class PhraseSet {

    static final long START = 1125899906842597L;
    private static final long EMPTY = 0L;

    private long[] phrases = new long[1024];
    private int phraseCount;
    private long[] firstWords = new long[1024];
    private int firstCount;
    /** the hash of every phrase's first words short of the whole phrase (its first word, its first two …) */
    private long[] prefixes = new long[1024];
    private int prefixCount;
    private int maxWords;

    /** Phrases have at most this many words: a tagger asks for matching lengths as the bits of a {@code long}. */
    static final int MAX_WORDS = 63;

    void add(String phrase) {
        String[] words = ArabicNormalizer.normalize(phrase).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        if (words.length > MAX_WORDS) {
            throw new IllegalArgumentException("a phrase of " + words.length + " words: at most " + MAX_WORDS);
        }
        long h = START;
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                prefixes = grow(prefixes, prefixCount);
                prefixCount += put(prefixes, h) ? 1 : 0;
            }
            h = combine(h, words[i].hashCode());
        }
        phrases = grow(phrases, phraseCount);
        phraseCount += put(phrases, h) ? 1 : 0;
        firstWords = grow(firstWords, firstCount);
        firstCount += put(firstWords, firstKey(words[0].hashCode())) ? 1 : 0;
        maxWords = Math.max(maxWords, words.length);
    }

    boolean contains(long phraseHash) {
        return find(phrases, phraseHash);
    }

    /**
     * Whether some phrase has more words than the hash {@code wordsHash} ({@link #combine}d from {@link #START})
     * and starts with them: past words that open none, no longer phrase can match.
     */
    boolean opens(long wordsHash) {
        return find(prefixes, wordsHash);
    }

    /** Whether some phrase starts with the word of this hash: the cheap test before any phrase probe. */
    boolean startsWith(int wordHash) {
        return find(firstWords, firstKey(wordHash));
    }

    int maxWords() {
        return maxWords;
    }

    static long combine(long phraseHash, int wordHash) {
        return phraseHash * 1000003L + wordHash;
    }

    private static long firstKey(int wordHash) {
        return ((long) wordHash << 1) | 1L;
    }

    private static boolean find(long[] table, long key) {
        long k = key == EMPTY ? 1 : key;
        int mask = table.length - 1;
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            long v = table[i];
            if (v == k) {
                return true;
            }
            if (v == EMPTY) {
                return false;
            }
        }
    }

    /** The table, doubled first when one more key would fill it past half. */
    private static long[] grow(long[] table, int count) {
        if ((count + 1) * 2 <= table.length) {
            return table;
        }
        long[] bigger = new long[table.length * 2];
        for (long v : table) {
            if (v != EMPTY) {
                put(bigger, v);
            }
        }
        return bigger;
    }

    /** Adds the key; false when it was there already. */
    private static boolean put(long[] table, long key) {
        long k = key == EMPTY ? 1 : key;
        int mask = table.length - 1;
        for (int i = slot(k, mask); ; i = (i + 1) & mask) {
            if (table[i] == k) {
                return false;
            }
            if (table[i] == EMPTY) {
                table[i] = k;
                return true;
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
