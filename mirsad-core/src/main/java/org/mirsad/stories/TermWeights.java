package org.mirsad.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An article's place-weighted term frequencies ({@link StoryTerms}): each term once, in the order it first
 * came, with the sum of its weights added in the order they came. A {@code HashMap<String, Float>} did this
 * job with a boxed {@code Float} per addition and a table grown from its default size for every article (a
 * quarter of the stories' work on the pipeline's workers); here the sums are plain floats in one array and
 * the table of places is sized by the text.
 *
 * <p>Not thread-safe: filled on one worker, then handed whole to the thread that places the article.
 */
final class TermWeights {

    private String[] terms;
    private float[] weights;
    private int size;
    /** open addressing: 1 + the term's index in {@link #terms}, 0 for an empty slot */
    private int[] slots;

    /** Room for about {@code expected} terms before anything grows. */
    TermWeights(int expected) {
        int capacity = Math.max(4, expected);
        terms = new String[capacity];
        weights = new float[capacity];
        slots = new int[Integer.highestOneBit(capacity) * 4];
    }

    /** The same terms and sums as {@code tf}, in its iteration order. */
    static TermWeights of(Map<String, Float> tf) {
        TermWeights w = new TermWeights(tf.size());
        tf.forEach(w::add);
        return w;
    }

    /** Adds {@code weight} to the term's sum: its first addition sets the sum, as {@code Map.merge} would. */
    void add(String term, float weight) {
        int mask = slots.length - 1;
        int i = spread(term.hashCode()) & mask;
        for (int s; (s = slots[i]) != 0; i = (i + 1) & mask) {
            String known = terms[s - 1];
            // often the same instance: a word's stem is kept on its record
            if (known == term || known.equals(term)) {
                weights[s - 1] += weight;
                return;
            }
        }
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2);
            weights = Arrays.copyOf(weights, size * 2);
        }
        terms[size] = term;
        weights[size] = weight;
        slots[i] = ++size;
        if (size * 2 > slots.length) {
            rehash();
        }
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int k = 0; k < size; k++) {
            int i = spread(terms[k].hashCode()) & mask;
            while (grown[i] != 0) {
                i = (i + 1) & mask;
            }
            grown[i] = k + 1;
        }
        slots = grown;
    }

    /** Strings' hashes of nearby words differ mostly in their low bits' neighbours: fold the high ones in. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** How many distinct terms. */
    int size() {
        return size;
    }

    /** Term {@code k}, in the order the terms first came. */
    String term(int k) {
        return terms[k];
    }

    /** The sum of term {@code k}'s weights. */
    float weight(int k) {
        return weights[k];
    }

    /**
     * The terms and sums as a map: the same map, iteration order included, as {@code Map.merge} of each
     * addition into a {@code HashMap} built. So the terms go in by {@code merge} too, in the order they first
     * came ({@code HashMap.merge} puts a new key at the head of its bin, {@code put} at the tail).
     */
    Map<String, Float> asMap() {
        Map<String, Float> map = new HashMap<>();
        for (int k = 0; k < size; k++) {
            map.merge(terms[k], weights[k], Float::sum);
        }
        return map;
    }
}
