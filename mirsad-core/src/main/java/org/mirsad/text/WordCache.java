package org.mirsad.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memo of what a stage works out per word form (a pure function of the form), for the stages that
 * look up every token of every article. Two levels: a small direct-mapped table of recent forms, one
 * slot per hash, small enough to stay in the processor's cache, in front of a bounded map of every
 * form seen (cleared when full). News vocabulary is skewed, so most tokens are answered by the small
 * table; a look-up in the large map alone costs a few cache misses (its table, node, key and value lie
 * far apart in a heap of 10^5 words), which profiles of extract showed as the largest single cost of
 * the events and entity stages after the tagger.
 *
 * <p>Thread-safe without locks: a slot holds one immutable entry (form and value together), so a
 * reader sees a whole entry or none, and checks its form; threads that race compute the same value.
 *
 * @param <V> what is known of a form
 */
public final class WordCache<V> {

    private record Entry<V>(String form, V value) {
    }

    private final Entry<V>[] recent;
    private final int mask;
    private final Map<String, V> all = new ConcurrentHashMap<>();
    private final int limit;
    private final Function<String, V> compute;

    /**
     * @param recentSlots slots of the small table (rounded up to a power of two)
     * @param limit       how many forms the large map holds before it is cleared
     * @param compute     what is known of a form: a pure function of it
     */
    @SuppressWarnings("unchecked")
    public WordCache(int recentSlots, int limit, Function<String, V> compute) {
        int slots = Integer.highestOneBit(Math.max(1, recentSlots - 1)) << 1;
        this.recent = (Entry<V>[]) new Entry<?>[slots];
        this.mask = slots - 1;
        this.limit = limit;
        this.compute = compute;
    }

    /** What is known of {@code form}, worked out on its first look-up. */
    public V get(String form) {
        int h = form.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        Entry<V> e = recent[slot];
        if (e != null && e.form.equals(form)) {
            return e.value;
        }
        V v = all.get(form);
        if (v == null) {
            v = compute.apply(form);
            if (all.size() >= limit) {
                all.clear();
            }
            all.put(form, v);
        }
        recent[slot] = new Entry<>(form, v);
        return v;
    }
}
