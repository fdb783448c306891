package org.mirsad.collect;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where a {@link Slab} goes once it outgrows the heap: a folder for its memory-mapped file, and how
 * many bytes it may hold on the heap first. Mapped pages are the operating system's page cache, not
 * Java heap (as Lucene keeps its index), so a corpus index of millions of articles stays out of
 * {@code -Xmx} while a small run (tests, one page) never touches a file.
 *
 * @param dir       the folder for spill files, or null to stay on the heap whatever the size
 * @param heapBytes bytes a slab holds on the heap before it moves to a file
 */
public record Spill(Path dir, int heapBytes) {

    /** Slabs up to this size stay on the heap: about 14 of them make one dedup index, so ≤ 14 MB. */
    public static final int DEFAULT_HEAP_BYTES = 1 << 20;

    /** Never spills (small maps, tests). */
    public static final Spill HEAP = new Spill(null, Integer.MAX_VALUE);

    public Spill {
        if (heapBytes < 0) {
            throw new IllegalArgumentException("heapBytes must not be negative: " + heapBytes);
        }
    }

    /** Spills into {@code dir} (a data directory's folder) past {@link #DEFAULT_HEAP_BYTES}. */
    public static Spill into(Path dir) {
        return new Spill(dir, DEFAULT_HEAP_BYTES);
    }

    /** Spills into the system's temporary folder ({@code java.io.tmpdir}): {@code extract} and evaluations. */
    public static Spill temporary() {
        return into(Paths.get(System.getProperty("java.io.tmpdir")));
    }

    boolean spills() {
        return dir != null;
    }
}
