package org.mirsad.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.mirsad.dedup.DedupConfig;
import org.mirsad.dedup.DedupStage;
import org.mirsad.dedup.InMemoryDedupIndex;
import org.mirsad.model.Article;
import org.mirsad.model.ArticleId;
import org.mirsad.model.Block;

/**
 * Throughput and memory of the dedup stage alone on a corpus replicated {@code copies} times, every
 * copy after the first with one to three random word edits (delete, replace, insert), so that
 * near-duplicates are not all exact. Copies are made in batches outside the timed part; only
 * {@link DedupStage#apply} is timed.
 */
public final class DedupBenchmark {

    /**
     * @param seconds    wall-clock time of the stage
     * @param cpuSeconds CPU time of the thread running it: the honest figure on a shared machine
     * @param joined     articles that joined an earlier article's group on arrival (marked duplicate,
     *                   or elected the group's new canonical)
     */
    public record Result(int articles, double seconds, double cpuSeconds, long indexBytes, long heapBytes,
                         int joined) {

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double articlesPerCpuSecond() {
            return articles / cpuSeconds;
        }
    }

    private static final int BATCH = 10_000;

    private DedupBenchmark() {
    }

    public static Result run(List<Article> base, int copies, DedupConfig config, long seed,
                             java.util.function.IntConsumer progress) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Random random = new Random(seed);
        InMemoryDedupIndex index = new InMemoryDedupIndex(config);
        boolean[] changed = {false};
        DedupStage stage = new DedupStage(index, config, c -> changed[0] = true);
        long heapBefore = usedHeap();
        long nanos = 0;
        long cpuNanos = 0;
        int joined = 0;
        int total = 0;
        List<Article> batch = new ArrayList<>(BATCH);
        for (int copy = 0; copy < copies; copy++) {
            for (int i = 0; i < base.size(); i++) {
                Article a = base.get(i);
                batch.add(copy == 0 ? a : edited(a, copy, random));
                if (batch.size() == BATCH || (copy == copies - 1 && i == base.size() - 1)) {
                    long t0 = System.nanoTime();
                    long c0 = threads.getCurrentThreadCpuTime();
                    for (Article b : batch) {
                        changed[0] = false;
                        if (stage.apply(b).duplicateOf() != null || changed[0]) {
                            joined++;
                        }
                    }
                    cpuNanos += threads.getCurrentThreadCpuTime() - c0;
                    nanos += System.nanoTime() - t0;
                    total += batch.size();
                    batch.clear();
                    progress.accept(total);
                }
            }
        }
        long heap = usedHeap() - heapBefore;
        return new Result(total, nanos / 1e9, cpuNanos / 1e9, index.bytes(), heap, joined);
    }

    /** A copy with a new id and one to three word edits in random paragraphs. */
    static Article edited(Article a, int copy, Random random) {
        List<Block> blocks = new ArrayList<>(a.blocks());
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits && !blocks.isEmpty(); e++) {
            int bi = random.nextInt(blocks.size());
            List<String> words = new ArrayList<>(List.of(blocks.get(bi).text().split(" ")));
            int w = random.nextInt(words.size());
            switch (random.nextInt(3)) {
                case 0 -> {
                    if (words.size() > 1) {
                        words.remove(w);
                    }
                }
                case 1 -> words.set(w, words.get(random.nextInt(words.size())));
                default -> words.add(w, words.get(random.nextInt(words.size())));
            }
            blocks.set(bi, Block.paragraph(String.join(" ", words)));
        }
        return new Article(ArticleId.hash(a.id() + "/" + copy), a.source(), a.headline(), a.lede(), blocks,
                a.captions(), a.outlet(), a.date(), a.agencies(), a.entities(), a.quotes(), a.events(), null, null,
                a.sourceMetadata());
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
