package org.mirsad.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

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
 * a few ints (measured in docs/dedup.md). Thread-safe: {@link #add} is synchronized.
 */
public final class InMemoryDedupIndex implements DedupIndex {

    private final DedupConfig config;
    private final Similarity similarity;
    private final IdTable ids;
    private final LongIntMap exact;
    private final BandBuckets buckets;
    private short[] sketches;
    private int[] parent;
    private int[] canonical;
    private int[] groupSize;
    private int[] dates;
    private int[] words;
    private int[] shingles;
    private int size;

    public InMemoryDedupIndex(DedupConfig config) {
        this(config, 1024);
    }

    public InMemoryDedupIndex(DedupConfig config, int expectedArticles) {
        this.config = config;
        this.similarity = new Similarity(config);
        int n = Math.max(16, expectedArticles);
        this.ids = new IdTable(n);
        this.exact = new LongIntMap(n);
        this.buckets = new BandBuckets(config.bands(), n);
        this.sketches = new short[n * config.hashes()];
        this.parent = new int[n];
        this.canonical = new int[n];
        this.groupSize = new int[n];
        this.dates = new int[n];
        this.words = new int[n];
        this.shingles = new int[n];
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
                if (find(c) != find(n) && similarity.duplicates(f.sketch(), 0, shingles[n], sketches,
                        c * config.hashes(), shingles[c])) {
                    join(n, c, former);
                }
            }
            buckets.add(n, f.bandKeys());
        }
        String canon = ids.get(canonical[find(n)]);
        former.remove(canon);
        former.remove(f.id());
        Optional<GroupChange> change = former.isEmpty() ? Optional.empty()
                : Optional.of(new GroupChange(canon, new ArrayList<>(former)));
        return new Placement(f.id(), canon.equals(f.id()) ? null : canon, change);
    }

    @Override
    public synchronized String canonicalOf(String id) {
        int o = ids.find(id);
        return o < 0 ? null : ids.get(canonical[find(o)]);
    }

    @Override
    public synchronized int size() {
        return size;
    }

    /** Bytes held by the index's arrays (what {@code eval dedup --replicate} reports per article). */
    public synchronized long bytes() {
        return ids.bytes() + exact.bytes() + buckets.bytes() + sketches.length * 2L
                + (parent.length + canonical.length + groupSize.length + dates.length + words.length + shingles.length) * 4L;
    }

    private String duplicateOf(int ordinal) {
        int c = canonical[find(ordinal)];
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
        // Sorted and distinct: the same candidates are tested in the same order every time.
        return Arrays.stream(found[0], 0, count[0]).sorted().distinct().toArray();
    }

    private int append(Fingerprint f) {
        int n = ids.add(f.id());
        if (n == parent.length) {
            int cap = n + (n >> 1);
            parent = Arrays.copyOf(parent, cap);
            canonical = Arrays.copyOf(canonical, cap);
            groupSize = Arrays.copyOf(groupSize, cap);
            dates = Arrays.copyOf(dates, cap);
            words = Arrays.copyOf(words, cap);
            shingles = Arrays.copyOf(shingles, cap);
            sketches = Arrays.copyOf(sketches, cap * config.hashes());
        }
        parent[n] = n;
        canonical[n] = n;
        groupSize[n] = 1;
        dates[n] = f.dateRank();
        words[n] = f.words();
        shingles[n] = f.shingles();
        System.arraycopy(f.sketch(), 0, sketches, n * config.hashes(), config.hashes());
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
        former.add(ids.get(canonical[ra]));
        former.add(ids.get(canonical[rb]));
        int best = better(canonical[ra], canonical[rb]);
        if (groupSize[ra] < groupSize[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        groupSize[ra] += groupSize[rb];
        canonical[ra] = best;
    }

    private int better(int a, int b) {
        return CanonicalRule.compare(dates[a], words[a], ids.get(a), dates[b], words[b], ids.get(b)) <= 0 ? a : b;
    }

    private int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
