package org.mirsad.dedup;

import java.util.Arrays;
import org.mirsad.collect.Hashing;
import org.mirsad.text.ArabicNormalizer;
import org.mirsad.text.Chars;

/**
 * The words of a text in their matching form and the hashed word n-grams (shingles) over them.
 * A word is a run of letters and digits after {@link ArabicNormalizer#normalize}; punctuation,
 * whitespace and line breaks only separate words, so reflowed or re-punctuated copies match.
 */
public final class WordShingles {

    private WordShingles() {
    }

    /** The 64-bit hash of each word of {@code text}, in order. */
    public static long[] words(String text) {
        return text == null ? new long[0] : words(text, false);
    }

    /**
     * Each char is folded as {@link ArabicNormalizer#normalize} would write it and each word hashed as it
     * is read: no normalised copy of the text and no word strings. A char that needs NFKC (the text changes
     * as a whole then) sends the text through {@code normalize} first, after which its chars are taken as
     * they are ({@code matchingForm}).
     */
    private static long[] words(String text, boolean matchingForm) {
        long[] out = new long[Math.max(4, text.length() / 5)];
        int n = 0;
        long word = Hashing.CHARS_START;
        boolean inWord = false;
        for (int i = 0, len = text.length(); i <= len; i++) {
            int m = i == len ? ' ' : matchingForm ? text.charAt(i) : ArabicNormalizer.matching(text.charAt(i));
            if (m == ArabicNormalizer.DROPPED) {
                continue;
            }
            if (m == ArabicNormalizer.WHOLE_TEXT) {
                return words(ArabicNormalizer.normalize(text), true);
            }
            char c = (char) m;
            if (Chars.isLetterOrDigit(c)) {
                word = Hashing.addChar(word, Chars.toLowerCase(c));
                inWord = true;
            } else if (inWord) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = Hashing.mix(word);
                word = Hashing.CHARS_START;
                inWord = false;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The hash of the whole word sequence: equal for texts that differ only in spacing and punctuation. */
    public static long sequenceHash(long[] words) {
        long h = words.length;
        for (long w : words) {
            h = Hashing.combine(h, w);
        }
        return h;
    }

    /**
     * The distinct hashed {@code size}-word shingles, sorted. A text shorter than {@code size} words is
     * one shingle of all its words; no words, no shingles.
     */
    public static long[] shingles(long[] words, int size) {
        long[] out = hashes(words, size);
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }

    /**
     * Every hashed {@code size}-word shingle in text order, repeats kept ({@link #shingles} sorts them and
     * drops the repeats): what MinHash needs, since a repeat changes no minimum.
     */
    public static long[] hashes(long[] words, int size) {
        if (words.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, words.length - size + 1);
        int width = Math.min(size, words.length);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = width;
            for (int j = i; j < i + width; j++) {
                h = Hashing.combine(h, words[j]);
            }
            out[i] = h;
        }
        return out;
    }

    /**
     * How many distinct values {@code hashes} holds: the length of {@link #shingles} for {@link #hashes}'
     * output, counted in a small open-addressing set instead of by sorting (sorting took a third of a
     * fingerprint's time apart from MinHash, docs/performance.md history 50).
     */
    public static int distinct(long[] hashes) {
        int slots = Integer.highestOneBit(Math.max(1, hashes.length) * 2) * 2;
        long[] table = new long[slots];
        int mask = slots - 1;
        int count = 0;
        boolean zero = false; // 0 marks an empty slot, so a zero hash is counted apart
        for (long h : hashes) {
            if (h == 0) {
                count += zero ? 0 : 1;
                zero = true;
                continue;
            }
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (table[i] != 0 && table[i] != h) {
                i = (i + 1) & mask;
            }
            if (table[i] == 0) {
                table[i] = h;
                count++;
            }
        }
        return count;
    }
}
