package org.mirsad.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
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
        return run(corpus, threads, 0, w -> { });
    }

    /**
     * As {@link #run(BenchCorpus, int)}, also telling {@code window} what each span of {@code every} articles
     * cost (its articles, wall and process CPU time, CPU by thread) as soon as the span has been placed:
     * whether the JIT's work settles in a long run. {@code every} 0: no windows.
     */
    static Result run(BenchCorpus corpus, int threads, long every, Consumer<Result> window) {
        Pipeline pipeline = Mirsad.pipeline();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mirsad-bench-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<Article>>> inFlight = new ArrayDeque<>();
        long[] counts = new long[2];
        ThreadCpu threads0 = ThreadCpu.now();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Windows windows = new Windows(every, window, threads0, cpu0, t0);
        Result result;
        try {
            Mirsad.read(corpus.file().toString(), new RecordSink() {
                @Override
                public void page(Page page) {
                    counts[0]++;
                    inFlight.addLast(pool.submit(() -> pipeline.analyseToPlace(page)));
                    while (inFlight.size() > threads * 4) {
                        counts[1] += place(pipeline, inFlight.removeFirst());
                        windows.placed(counts);
                    }
                }

                @Override
                public void rejected(Rejection rejection) {
                    // The bench input holds only records the readers accepted once already.
                }
            });
            while (!inFlight.isEmpty()) {
                counts[1] += place(pipeline, inFlight.removeFirst());
                windows.placed(counts);
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

    /** The spans of {@code every} articles of one run, each told to the consumer when its last article is placed. */
    private static final class Windows {
        private final long every;
        private final Consumer<Result> consumer;
        private ThreadCpu threads;
        private long cpu;
        private long time;
        private long pages;
        private long articles;

        Windows(long every, Consumer<Result> consumer, ThreadCpu threads, long cpu, long time) {
            this.every = every;
            this.consumer = consumer;
            this.threads = threads;
            this.cpu = cpu;
            this.time = time;
        }

        /** @param counts records read and articles placed so far */
        void placed(long[] counts) {
            if (every <= 0 || counts[1] - articles < every) {
                return;
            }
            ThreadCpu threadsNow = ThreadCpu.now();
            long cpuNow = processCpuNanos();
            long timeNow = System.nanoTime();
            double cpuSeconds = (cpuNow - cpu) / 1e9;
            consumer.accept(new Result(counts[0] - pages, counts[1] - articles, (timeNow - time) / 1e9, cpuSeconds,
                    threadsNow.since(threads, cpuSeconds)));
            threads = threadsNow;
            cpu = cpuNow;
            time = timeNow;
            pages = counts[0];
            articles = counts[1];
        }
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
