package org.mirsad.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.mirsad.Mirsad;
import org.mirsad.model.Article;
import org.mirsad.model.Page;
import org.mirsad.model.Rejection;
import org.mirsad.pipeline.Pipeline;
import org.mirsad.read.RecordSink;

/**
 * Mirsad's extract, timed: the readers on the calling thread, the stateless half of the pipeline on
 * {@code threads} workers, the corpus stages (dedup, stories) on the calling thread in input order,
 * as ingest runs them. A bounded window of pages in flight keeps memory flat.
 */
final class ExtractRun {

    /**
     * @param pages      records read
     * @param articles   articles out of the pipeline
     * @param seconds    wall-clock time
     * @param cpuSeconds CPU time of the whole process meanwhile (all threads, the JIT and GC too)
     * @param byThread   that CPU time by thread name ({@link ThreadCpu#since}; empty off Linux)
     */
    record Result(long pages, long articles, double seconds, double cpuSeconds, Map<String, Double> byThread) {
    }

    private ExtractRun() {
    }

    static Result run(BenchCorpus corpus, int threads) {
        Pipeline pipeline = Mirsad.pipeline();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mirsad-bench-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<Article>>> window = new ArrayDeque<>();
        long[] counts = new long[2];
        ThreadCpu threads0 = ThreadCpu.now();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Result result;
        try {
            Mirsad.read(corpus.file().toString(), new RecordSink() {
                @Override
                public void page(Page page) {
                    counts[0]++;
                    window.addLast(pool.submit(() -> pipeline.analyseToPlace(page)));
                    while (window.size() > threads * 4) {
                        counts[1] += place(pipeline, window.removeFirst());
                    }
                }

                @Override
                public void rejected(Rejection rejection) {
                    // The bench input holds only records the readers accepted once already.
                }
            });
            while (!window.isEmpty()) {
                counts[1] += place(pipeline, window.removeFirst());
            }
            // measured before the pool shuts down, so that its threads are still there to be counted
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            result = new Result(counts[0], counts[1], seconds, cpuSeconds, ThreadCpu.now().since(threads0, cpuSeconds));
        } finally {
            pool.shutdownNow();
        }
        return result;
    }

    private static int place(Pipeline pipeline, Future<List<Article>> analysed) {
        List<Article> articles;
        try {
            articles = analysed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pipeline", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the pipeline failed: " + e.getCause(), e.getCause());
        }
        for (Article a : articles) {
            pipeline.place(a);
        }
        return articles.size();
    }

    static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
