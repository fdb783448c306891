package org.mirsad.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.mirsad.search.ArticleSearcher;
import org.mirsad.search.SearchRequest;

/**
 * Search latency over the index an ingest built: a fixed set of queries ({@code queries.txt}: words,
 * names, phrases and field filters a monitoring desk asks), first once to warm up, then
 * {@link #ROUNDS} times, one at a time, first page of ten hits with facets and snippets as the API
 * serves it.
 */
public final class SearchLatency {

    static final int ROUNDS = 10;
    private static final String QUERIES = "queries.txt";

    /**
     * Latencies in milliseconds: wall clock, and CPU time of the searching thread (what a search costs
     * whatever else the machine runs; on a shared, loaded machine the wall clock also counts waiting).
     */
    public record Result(int searches, double p50, double p99, double max, double cpuP50, double cpuP99) {
    }

    private SearchLatency() {
    }

    /** The fixed query set, one query a line, '#' lines skipped. */
    static List<String> queries() {
        try (InputStream in = SearchLatency.class.getResourceAsStream(QUERIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + QUERIES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the query set over the index of {@code dataDir}. */
    public static Result run(Path dataDir) throws IOException {
        List<String> queries = queries();
        long[] nanos = new long[queries.size() * ROUNDS];
        long[] cpu = new long[nanos.length];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        try (ArticleSearcher searcher = ArticleSearcher.open(dataDir, Duration.ofSeconds(30))) {
            for (String q : queries) {
                searcher.search(SearchRequest.of(q, 10));
            }
            int i = 0;
            for (int round = 0; round < ROUNDS; round++) {
                for (String q : queries) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    searcher.search(SearchRequest.of(q, 10));
                    nanos[i] = System.nanoTime() - t0;
                    cpu[i++] = threads.getCurrentThreadCpuTime() - c0;
                }
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        return new Result(nanos.length, percentile(nanos, 50), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6,
                percentile(cpu, 50), percentile(cpu, 99));
    }

    /** The nearest-rank percentile of sorted values, in milliseconds. */
    static double percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
