package org.mirsad.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.mirsad.collect.LongIntMap;
import org.mirsad.collect.Slab;
import org.mirsad.collect.Spill;

/**
 * The duplicate index in memory: band buckets, one b-bit signature per article, and the groups as a
 * union-find forest whose roots know their canonical article.
 *
 * <p>Why the groups do not depend on the order of arrival: two articles are joined when they share a
 * band and {@link Similarity} accepts them; both tests are symmetric, every pair sharing a band is
 * tested when the later one arrives, so the edges, their connected components and (by
 * {@link CanonicalRule}) the canonicals are the same for every order. An exact copy of an indexed
 * article is joined to it without entering the buckets: its signature would be the same, so every
 * band it could match leads to its twin's group anyway.
 *
 * <p>Memory per article is fixed: {@code hashes * 2} bytes of signature, a band entry per band, and
 * a few ints (measured in docs/dedup.md). All of it is in {@link Slab}s: on the heap while each is under
 * a megabyte, then in memory-mapped files of the {@link Spill} (deleted at once, gone with the
 * process), so the Java heap it takes stays bounded however many articles it holds. Thread-safe:
 * {@link #add} is synchronized; {@link #close} releases the files.
 */
public final class InMemoryDedupIndex implements DedupIndex {

    /**
     * Per article, in one slab: union-find parent, canonical, group size, date, words, shingles (ints),
     * exact-text hash and copy hash (longs: the canonical rule's tie-breaks before the id).
     */
    private static final int PARENT = 0;
    private static final int CANONICAL = 4;
    private static final int GROUP_SIZE = 8;
    private static final int DATE = 12;
    private static final int WORDS = 16;
    private static final int SHINGLES = 20;
    private static final int TEXT = 24;
    private static final int COPY = 32;
    private static final int ROW = 40;

    private final DedupConfig config;
    private final Similarity similarity;
    private final IdTable ids;
    private final LongIntMap exact;
    private final BandBuckets buckets;
    private final Slab sketches;
    private final Slab rows;
    private final short[] other;
    private final int sketchBytes;
    private int size;

    /** Spills to the temporary folder past a megabyte a slab ({@link Spill#temporary()}). */
    public InMemoryDedupIndex(DedupConfig config) {
        this(config, 1024);
    }

    public InMemoryDedupIndex(DedupConfig config, int expectedArticles) {
        this(config, expectedArticles, Spill.temporary());
    }

    public InMemoryDedupIndex(DedupConfig config, int expectedArticles, Spill spill) {
        this.config = config;
        this.similarity = new Similarity(config);
        int n = Math.max(16, expectedArticles);
        this.ids = new IdTable(n, spill);
        this.exact = new LongIntMap(n, spill);
        this.buckets = new BandBuckets(config.bands(), n, spill);
        this.sketchBytes = config.hashes() * 2;
        this.sketches = new Slab(spill, "signatures", (long) n * sketchBytes);
        this.rows = new Slab(spill, "groups", (long) n * ROW);
        this.other = new short[config.hashes()];
    }

    public DedupConfig config() {
        return config;
    }

    @Override
    public synchronized Placement add(Fingerprint f) {
        checkShape(f);
        int known = ids.find(f.id());
        if (known >= 0) {
            return new Placement(f.id(), duplicateOf(known), Optional.empty());
        }
        if (f.isEmpty()) {
            return Placement.alone(f.id());
        }
        int n = append(f);
        TreeSet<String> former = new TreeSet<>();
        int twin = exact.get(f.exactHash());
        if (twin >= 0) {
            join(n, twin, former);
        } else {
            exact.put(f.exactHash(), n);
            for (int c : candidates(f)) {
                if (find(c) != find(n) && similarity.duplicates(f.sketch(), 0, f.shingles(), sketch(c), 0,
                        get(c, SHINGLES))) {
                    join(n, c, former);
                }
            }
            buckets.add(n, f.bandKeys());
        }
        String canon = ids.get(get(find(n), CANONICAL));
        former.remove(canon);
        former.remove(f.id());
        Optional<GroupChange> change = former.isEmpty() ? Optional.empty()
                : Optional.of(new GroupChange(canon, new ArrayList<>(former)));
        return new Placement(f.id(), canon.equals(f.id()) ? null : canon, change);
    }

    @Override
    public synchronized String canonicalOf(String id) {
        int o = ids.find(id);
        return o < 0 ? null : ids.get(get(find(o), CANONICAL));
    }

    @Override
    public synchronized int size() {
        return size;
    }

    /**
     * Bytes of the index's tables, heap and mapped (what {@code eval dedup --replicate} reports per
     * article): the slots in use, not a mapped file's untouched address space.
     */
    public synchronized long bytes() {
        return ids.bytes() + exact.bytes() + buckets.bytes() + (long) size * (sketchBytes + ROW);
    }

    /** Bytes of the index's tables on the Java heap: at most about a megabyte a table once spilled. */
    public synchronized long heapBytes() {
        return ids.heapBytes() + exact.heapBytes() + buckets.heapBytes() + sketches.heapBytes() + rows.heapBytes();
    }

    /** Releases the tables and their files; the index must not be used after. */
    @Override
    public synchronized void close() {
        ids.close();
        exact.close();
        buckets.close();
        sketches.close();
        rows.close();
    }

    private int get(int ordinal, int field) {
        return rows.getInt((long) ordinal * ROW + field);
    }

    private void set(int ordinal, int field, int value) {
        rows.putInt((long) ordinal * ROW + field, value);
    }

    private long text(int ordinal) {
        return rows.getLong((long) ordinal * ROW + TEXT);
    }

    private long copy(int ordinal) {
        return rows.getLong((long) ordinal * ROW + COPY);
    }

    /** The signature of {@code ordinal}, copied into a scratch array (valid until the next call). */
    private short[] sketch(int ordinal) {
        long at = (long) ordinal * sketchBytes;
        for (int i = 0; i < other.length; i++) {
            other[i] = sketches.getShort(at + 2L * i);
        }
        return other;
    }

    private String duplicateOf(int ordinal) {
        int c = get(find(ordinal), CANONICAL);
        return c == ordinal ? null : ids.get(c);
    }

    private void checkShape(Fingerprint f) {
        if (f.sketch().length != config.hashes() || f.bandKeys().length != config.bands()) {
            throw new IllegalArgumentException("fingerprint of " + f.id() + " has " + f.sketch().length + " hashes and "
                    + f.bandKeys().length + " bands; this index takes " + config.hashes() + " and " + config.bands());
        }
    }

    private int[] candidates(Fingerprint f) {
        int[][] found = {new int[8]};
        int[] count = {0};
        buckets.forEachCandidate(f.bandKeys(), c -> {
            if (count[0] == found[0].length) {
                found[0] = Arrays.copyOf(found[0], count[0] * 2);
            }
            found[0][count[0]++] = c;
        });
        // Sorted and distinct: the same candidates are tested in the same order every time. In place, where a
        // stream (sorted, distinct, toArray) made five objects an article and a large compile for the JIT.
        int[] all = found[0];
        int n = count[0];
        Arrays.sort(all, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    private int append(Fingerprint f) {
        int n = ids.add(f.id());
        rows.reserve((long) (n + 1) * ROW);
        sketches.reserve((long) (n + 1) * sketchBytes);
        set(n, PARENT, n);
        set(n, CANONICAL, n);
        set(n, GROUP_SIZE, 1);
        set(n, DATE, f.dateRank());
        set(n, WORDS, f.words());
        set(n, SHINGLES, f.shingles());
        rows.putLong((long) n * ROW + TEXT, f.exactHash());
        rows.putLong((long) n * ROW + COPY, f.copyHash());
        long at = (long) n * sketchBytes;
        short[] sketch = f.sketch();
        for (int i = 0; i < sketch.length; i++) {
            sketches.putShort(at + 2L * i, sketch[i]);
        }
        size++;
        return n;
    }

    /** Joins the groups of {@code a} and {@code b} (union by size); notes both canonicals as they were. */
    private void join(int a, int b, TreeSet<String> former) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        former.add(ids.get(get(ra, CANONICAL)));
        former.add(ids.get(get(rb, CANONICAL)));
        int best = better(get(ra, CANONICAL), get(rb, CANONICAL));
        if (get(ra, GROUP_SIZE) < get(rb, GROUP_SIZE)) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        set(rb, PARENT, ra);
        set(ra, GROUP_SIZE, get(ra, GROUP_SIZE) + get(rb, GROUP_SIZE));
        set(ra, CANONICAL, best);
    }

    private int better(int a, int b) {
        return CanonicalRule.compare(get(a, DATE), get(a, WORDS), text(a), copy(a), ids.get(a),
                get(b, DATE), get(b, WORDS), text(b), copy(b), ids.get(b)) <= 0 ? a : b;
    }

    private int find(int x) {
        for (int p = get(x, PARENT); p != x; p = get(x, PARENT)) {
            int grand = get(p, PARENT);
            set(x, PARENT, grand);
            x = grand;
        }
        return x;
    }
}
