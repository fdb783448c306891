package org.mirsad.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a stage works out of a word form, kept for the forms it meets again; shared by threads,
 * bounded. News vocabulary is skewed (most tokens are a few thousand forms), so a stage that reads a
 * word's clitics, normalisation and lexicon entries once per form instead of once per token saves most
 * of that work.
 *
 * <p>Two generations: when the current map holds {@code generation} forms it becomes the previous
 * one, the one before is dropped, and a form found only in the previous map moves into the current
 * one. The stages used to clear their whole cache when it was full, so every {@code generation} new
 * forms (a few thousand articles) they all started cold again at once; now only the forms not met
 * for a whole generation go. At most about two generations are held, so a stage that cleared at N
 * forms takes a generation of N/2 to keep its memory bound.
 *
 * <p>The value must depend on the form alone: two threads may work out the same form at once, and
 * either result may be kept.
 */
public final class WordCache<V> {

    private final int generation;
    private volatile ConcurrentHashMap<String, V> current;
    private volatile ConcurrentHashMap<String, V> previous = new ConcurrentHashMap<>();

    /** @param generation forms held before the older half is dropped */
    public WordCache(int generation) {
        if (generation < 1) {
            throw new IllegalArgumentException("generation must be at least 1, was " + generation);
        }
        this.generation = generation;
        this.current = generationMap();
    }

    /** The value for {@code form}, worked out by {@code work} when neither generation has it. */
    public V get(String form, Function<String, V> work) {
        ConcurrentHashMap<String, V> now = current;
        V v = now.get(form);
        if (v != null) {
            return v;
        }
        v = previous.get(form);
        if (v == null) {
            v = work.apply(form);
        }
        if (now.size() >= generation) {
            now = turn(now);
        }
        now.put(form, v);
        return v;
    }

    /** Forms held now, both generations (what a test or a heap count needs; not exact under writes). */
    public int size() {
        return current.size() + previous.size();
    }

    /**
     * An empty map sized for a whole generation: grown from the default it would copy its table a dozen
     * times per generation (1.3% of the stages' CPU); a full generation has the same table either way.
     * The table itself is allocated at the first form put.
     */
    private ConcurrentHashMap<String, V> generationMap() {
        return new ConcurrentHashMap<>(generation);
    }

    private synchronized ConcurrentHashMap<String, V> turn(ConcurrentHashMap<String, V> full) {
        if (current == full) {
            previous = full;
            current = generationMap();
        }
        return current;
    }
}
