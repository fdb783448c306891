package org.mirsad.tokens;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shared records of written words ({@link WordRecord}), found by where the word stands in a text, so a
 * token that is no new word costs no string: the word's hash is worked out over the text's chars and its
 * record's text compared with them in place; a string is made only for a new word. It replaced a
 * {@code WordCache} (a {@code ConcurrentHashMap} by word) that asked for a substring per token (the top
 * allocation site of the analysis) and read bucket, node, key, key's bytes and value one after the other.
 *
 * <p>Open addressing, linear probing, a table of records with no nodes between, at most ~40% full. Two
 * generations as {@code WordCache} keeps them: when the current table holds {@code generation} words it
 * becomes the previous one and the one before is dropped; a word found only in the previous table moves
 * into the current one.
 *
 * <p>Shared by threads without a lock on reads. A slot goes once from null to a record (compare-and-set)
 * and never changes again, so a reader sees null (then looks further or inserts) or a whole record: its
 * fields are final, and a record is published by the release of the compare-and-set and read with acquire.
 * Two threads that insert the same new word at once meet at the same slot or at the slot one of them took
 * first on the other's probe path; the loser returns the winner's record. A thread still inserting into a
 * table another thread has just retired puts the word in what is now the previous table, where the next
 * reader still finds it; the word's record may then be made twice, harmless since a record depends on its
 * text alone (as with {@code WordCache}).
 */
final class RecordTable {

    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(WordRecord[].class);

    private final int generation;
    private volatile Generation current;
    private volatile Generation previous;

    /** @param generation words held before the older half is dropped */
    RecordTable(int generation) {
        if (generation < 1) {
            throw new IllegalArgumentException("generation must be at least 1, was " + generation);
        }
        this.generation = generation;
        this.current = new Generation(generation);
        this.previous = new Generation(1);
    }

    /** The hash of {@code text}'s chars {@code start..end}: {@link String#hashCode} of that substring. */
    static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    /** The record of the word at {@code start..end} of {@code text}, made for a word neither table holds. */
    WordRecord get(String text, int start, int end) {
        return get(text, start, end, hash(text, start, end));
    }

    /**
     * {@link #get} of {@code n} words of {@code text} at once, with their {@link #hash}es at hand, into {@code
     * out}: first every word's home slot is read, then the hash of each record found there, then each such
     * record is compared with its word, and only the words not found at home (new words, and the few a
     * collision moved) are looked up one by one. A look-up is a few reads each waiting on the one before
     * (slot, record, its chars); a loop over one word after another waits out each chain, since the branches
     * of the char scan between two words stop the processor from running ahead, while the first two loops
     * have nothing between the reads of different words, which the processor overlaps (reading the records
     * in the comparing loop, as before, held the extract's stages 1.5-3% longer: docs/performance.md, history 65).
     */
    void getAll(String text, int[] starts, int[] ends, int[] hashes, int n, WordRecord[] out) {
        Generation now = current;
        for (int i = 0; i < n; i++) {
            out[i] = now.home(hashes[i]);
        }
        // each record's hash next, in a loop of reads alone: the records are cache misses, and with no char
        // scan between them the processor has many in flight at once; the comparing loop then finds them cached
        int[] found = new int[n];
        for (int i = 0; i < n; i++) {
            WordRecord r = out[i];
            found[i] = r == null ? ~hashes[i] : r.hash;
        }
        for (int i = 0; i < n; i++) {
            WordRecord r = out[i];
            int start = starts[i];
            int end = ends[i];
            if (found[i] != hashes[i] || !r.spells(text, start, end)) {
                out[i] = get(text, start, end, hashes[i]);
            }
        }
    }

    private WordRecord get(String text, int start, int end, int h) {
        Generation now = current;
        WordRecord r = now.find(text, start, end, h);
        if (r != null) {
            return r;
        }
        r = previous.find(text, start, end, h);
        if (r == null) {
            r = new WordRecord(text.substring(start, end), h);
        }
        if (now.size.get() >= generation) {
            now = turn(now);
        }
        return now.insert(r);
    }

    /** Words held now, both generations (what a test needs; not exact under writes). */
    int size() {
        return current.size.get() + previous.size.get();
    }

    private synchronized Generation turn(Generation full) {
        if (current == full) {
            previous = full;
            current = new Generation(generation);
        }
        return current;
    }

    /** One generation's table: a power of two of slots, at least 2.5 per word it is meant to hold. */
    private static final class Generation {
        private final WordRecord[] slots;
        private final int shift;
        private final AtomicInteger size = new AtomicInteger();

        Generation(int words) {
            int bits = 32 - Integer.numberOfLeadingZeros(Math.max(4, words * 5 / 2) - 1);
            slots = new WordRecord[1 << bits];
            shift = 32 - bits;
        }

        /** The first slot to probe: the hash's high bits after a multiply (Fibonacci hashing) spread the words. */
        private int homeSlot(int h) {
            return (h * 0x9E3779B9) >>> shift;
        }

        /** What the word of hash {@code h}'s first slot holds: most often its record, else null or another. */
        WordRecord home(int h) {
            return (WordRecord) SLOT.getAcquire(slots, homeSlot(h));
        }

        WordRecord find(String text, int start, int end, int h) {
            int mask = slots.length - 1;
            for (int i = homeSlot(h), probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
                WordRecord r = (WordRecord) SLOT.getAcquire(slots, i);
                if (r == null) {
                    return null;
                }
                if (r.hash == h && r.spells(text, start, end)) {
                    return r;
                }
            }
            return null;
        }

        /** Puts {@code r} in, or returns the record of its word another thread put in first. */
        WordRecord insert(WordRecord r) {
            String word = r.text();
            int mask = slots.length - 1;
            for (int i = homeSlot(r.hash), probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
                WordRecord there = (WordRecord) SLOT.getAcquire(slots, i);
                if (there == null) {
                    if (SLOT.compareAndSet(slots, i, null, r)) {
                        size.incrementAndGet();
                        return r;
                    }
                    there = (WordRecord) SLOT.getAcquire(slots, i); // another thread took the slot: whose word?
                }
                if (there.hash == r.hash && there.spells(word, 0, word.length())) {
                    return there;
                }
            }
            return r; // full (more threads than words to spare inserting at once): the record goes unkept
        }
    }
}
