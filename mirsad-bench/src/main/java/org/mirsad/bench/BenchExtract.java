package org.mirsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The extract phase of {@code mirsad bench} alone: the same input file, the same untimed warm-up and the
 * same timed run on all cores, then the process CPU of the timed run by thread (the working threads, the
 * calling thread with the corpus stages, the JIT's compilers, the collector). Skips the bench's Lucene,
 * ingest and search phases, which take most of its minutes.
 *
 * <pre>{@code java -cp mirsad-bench/target/benchmarks.jar org.mirsad.bench.BenchExtract CORPUS [LIMIT] [WARMUP] [THREADS]
 *     [TIMED_SKIP] [WARMUP_SKIP] [WARMUP_COPY]}</pre>
 *
 * The last three choose other records than the bench's: the timed run takes LIMIT records after the first
 * TIMED_SKIP, the warm-up WARMUP records after the first WARMUP_SKIP, as copy WARMUP_COPY ({@code --replicate}'s
 * edited copies; 0 the records as they are). The bench's own: 0, 0, 0 (the warm-up is the first of the timed
 * records).
 */
public final class BenchExtract {

    private BenchExtract() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BenchExtract CORPUS [LIMIT (20000)] [WARMUP (2000)] [THREADS (all cores)]"
                    + " [TIMED_SKIP (0)] [WARMUP_SKIP (0)] [WARMUP_COPY (0)]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        long limit = args.length > 1 ? Long.parseLong(args[1]) : 20_000;
        long warmup = args.length > 2 ? Long.parseLong(args[2]) : 2_000;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors();
        long timedSkip = args.length > 4 ? Long.parseLong(args[4]) : 0;
        long warmupSkip = args.length > 5 ? Long.parseLong(args[5]) : 0;
        int warmupCopy = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        Path work = Files.createTempDirectory("mirsad-bench-extract");
        try {
            BenchCorpus input = BenchCorpus.write(corpus, timedSkip, limit, 0, 1, work.resolve("input.jsonl"));
            if (warmup > 0) {
                BenchCorpus first = BenchCorpus.write(corpus, warmupSkip, warmup, warmupCopy, 1, work.resolve("warmup.jsonl"));
                print("warm-up", ExtractRun.run(first, threads));
            }
            print("timed", ExtractRun.run(input, threads));
        } finally {
            Bench.delete(work);
        }
    }

    private static void print(String phase, ExtractRun.Result r) {
        // the JVM's uptime at the end, to find the phase in a -XX:+LogCompilation log (stamps are uptime)
        System.out.printf("%s, ended at %.1f s of uptime: %d records, %d articles, %.1f s wall, %.2f CPU s = %.0f µs of CPU an article"
                        + " (%.0f articles per CPU s)%n", phase,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, r.pages(), r.articles(), r.seconds(), r.cpuSeconds(),
                r.cpuSeconds() * 1e6 / r.articles(), r.articles() / r.cpuSeconds());
        r.byThread().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .filter(e -> e.getValue() >= 0.05)
                .forEach(e -> System.out.printf("  %-28s %7.2f s  %5.0f µs an article%n", e.getKey(), e.getValue(),
                        e.getValue() * 1e6 / r.articles()));
    }
}
