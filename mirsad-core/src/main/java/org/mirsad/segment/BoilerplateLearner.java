package org.mirsad.segment;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.mirsad.text.WordCount;

/**
 * Boilerplate learned from the corpus itself: a short line that recurs on many pages of the same
 * outlet (a byline formula, an SMS-contact footer, "…المزيد") is not article text. Counts are kept
 * per outlet and line key, updated page by page ({@link #observe}); thread-safe.
 *
 * <p>A line is boilerplate once the outlet has {@link Options#minPages} pages and the line occurs on
 * at least {@link Options#minShare} of them (and on {@link Options#minCount} pages). Only lines of
 * at most {@link Options#maxWords} words are counted: a recurring long paragraph is a duplicate
 * article, which is dedup's business, not boilerplate. Memory is bounded: an outlet keeps at most
 * {@link Options#maxLinesPerOutlet} distinct lines, shedding those seen once when full.
 */
public final class BoilerplateLearner {

    /** Thresholds; {@link #DEFAULTS} are what the segmentation figures in docs/segmentation.md use. */
    public record Options(int minPages, double minShare, int minCount, int maxWords, int maxLinesPerOutlet) {
        public static final Options DEFAULTS = new Options(50, 0.01, 5, 20, 200_000);
    }

    static final class OutletCounts {
        final AtomicInteger pages = new AtomicInteger();
        final Map<String, AtomicInteger> lines = new ConcurrentHashMap<>();
    }

    private final Options options;
    private final Map<String, OutletCounts> outlets = new ConcurrentHashMap<>();

    public BoilerplateLearner() {
        this(Options.DEFAULTS);
    }

    public BoilerplateLearner(Options options) {
        this.options = options;
    }

    public Options options() {
        return options;
    }

    /** Counts one page of {@code outlet}: each distinct short line once. */
    public void observe(String outlet, Collection<String> lines) {
        if (outlet == null || outlet.isBlank()) {
            return;
        }
        OutletCounts c = outlets.computeIfAbsent(outlet, o -> new OutletCounts());
        c.pages.incrementAndGet();
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            String key = LineText.key(line);
            if (!key.isEmpty() && WordCount.of(key) <= options.maxWords() && seen.add(key)) {
                c.lines.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            }
        }
        if (c.lines.size() > options.maxLinesPerOutlet()) {
            c.lines.values().removeIf(n -> n.get() <= 1);
        }
    }

    /** True when {@code line} is learned boilerplate of {@code outlet}. */
    public boolean isBoilerplate(String outlet, String line) {
        OutletCounts c = outlet == null ? null : outlets.get(outlet);
        if (c == null || c.pages.get() < options.minPages()) {
            return false;
        }
        AtomicInteger n = c.lines.get(LineText.key(line));
        return n != null && n.get() >= options.minCount() && n.get() >= options.minShare() * c.pages.get();
    }

    /** Pages counted for an outlet. */
    public int pages(String outlet) {
        OutletCounts c = outlets.get(outlet);
        return c == null ? 0 : c.pages.get();
    }

    /** The counts, for a {@link BoilerplateStore}. */
    public BoilerplateStore.Snapshot snapshot() {
        Map<String, BoilerplateStore.OutletSnapshot> out = new java.util.TreeMap<>();
        outlets.forEach((outlet, c) -> {
            Map<String, Integer> lines = new java.util.TreeMap<>();
            c.lines.forEach((k, v) -> lines.put(k, v.get()));
            out.put(outlet, new BoilerplateStore.OutletSnapshot(c.pages.get(), lines));
        });
        return new BoilerplateStore.Snapshot(out);
    }

    /** Adds stored counts (from {@link BoilerplateStore#load}) to this learner's. */
    public void restore(BoilerplateStore.Snapshot snapshot) {
        snapshot.outlets().forEach((outlet, s) -> {
            OutletCounts c = outlets.computeIfAbsent(outlet, o -> new OutletCounts());
            c.pages.addAndGet(s.pages());
            s.lines().forEach((k, v) -> c.lines.computeIfAbsent(k, x -> new AtomicInteger()).addAndGet(v));
        });
    }
}
